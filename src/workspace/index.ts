/**
 * workspace/: the service under the web page (docs/ARCHITECTURE.md, "The workspace: a run host").
 * The folder's only door. It keeps uploads, mappings and runs in one data folder and runs the run
 * layer (src/run/) exactly as the CLI does — nothing here reads, maps, sends or writes a sheet.
 *
 * ```ts
 * const ws = openWorkspace({ dataDir, connection, runtime, logger, lang: 'id' });
 * const upload = await ws.saveUpload('pelanggan.xlsx', request.body, 20 * 1024 * 1024);
 * const seen = await ws.inspect(upload.id, 'customers', { mapping: { 'Nama Toko': 'name' } });
 * const run = await ws.start({ kind: 'import', entity: 'customers', uploadId: upload.id });
 * const stop = ws.subscribe(run.id, (event) => send(event)); // progress, then the end state
 * ws.cancel(run.id);          // → 'cancelled'; start({ kind: 'resume', run: run.id, … }) continues it
 * ws.file(run.id, 'x.result.xlsx'); // a path only for a file that run wrote
 * ```
 *
 * Errors are RunErrors (src/errors.ts) with stable codes: READ_* for a file the reader refuses (the
 * CLI's own), READ_LIMIT for an upload over the limit, UPLOAD_NOT_FOUND, RUN_BUSY (one run per upload
 * at a time), JOURNAL_NOT_FOUND (nothing to resume), RUN_NOT_FOUND (an apply without a finished plan
 * run, an undo without an ended import/apply), MAP_BAD_MAPPING, CONFIG_MISSING (no credentials).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { inLanguage } from '../i18n/index.js';
import { previewRows } from '../run/index.js';
import { noProgress } from '../run/index.js';
import type { ImportEntity } from '../types.js';
import { inspection } from './inspect.js';
import { refuseMode } from './modes.js';
import { withPageNames } from './plain-names.js';
import { Mappings } from './mappings.js';
import { RunHost } from './runs.js';
import type { InspectOptions, Workspace, WorkspaceOptions } from './types.js';
import { Uploads } from './uploads.js';

export type {
  CellIssue,
  DetectedColumn,
  ErrorView,
  FieldInfo,
  InspectOptions,
  Inspection,
  MatchHow,
  PlanChange,
  PreviewRow,
  Progress,
  RunEvent,
  RunKind,
  RunListener,
  RunState,
  RunView,
  SavedMapping,
  StartRequest,
  SummaryView,
  UploadInfo,
  UploadKind,
  Workspace,
  WorkspaceOptions,
} from './types.js';
export { fieldsOf } from './inspect.js';
export type { UndoCounts } from '../run/index.js';

const PREVIEW_ROWS = 20;
const MAX_PREVIEW_ROWS = 200;

/** Opens (creating when missing) the data folder and reads back the runs recorded in it. */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const o = { ...options, dataDir: resolve(options.dataDir) };
  mkdirSync(o.dataDir, { recursive: true });
  const uploads = new Uploads(o.dataDir, o.readLimits);
  mkdirSync(uploads.dir, { recursive: true });
  const mappings = new Mappings(o.dataDir);
  const runs = new RunHost(o, uploads);

  return {
    saveUpload: (originalName, bytes, maxBytes) => uploads.save(originalName, bytes, maxBytes),

    async inspect(uploadId: string, entity: ImportEntity, opts: InspectOptions = {}) {
      const upload = await uploads.get(uploadId);
      const limit = Math.min(Math.max(opts.rows ?? PREVIEW_ROWS, 1), MAX_PREVIEW_ROWS);
      const stored: [string, string] = [`${upload.id}.${upload.kind}`, upload.originalName];
      const lang = opts.lang ?? o.lang;
      // A mode the run would refuse is refused here too: the preview never says "valid" for it.
      refuseMode(entity, opts.mode ?? 'create');
      // The preview's cell messages in the page's language, as the run will write them.
      const preview = await inLanguage(lang, () =>
        previewRows(
          {
            entity,
            file: uploads.pathOf(upload),
            mode: opts.mode ?? 'create',
            blank: 'ignore',
            read: { sheet: opts.sheet, limits: o.readLimits },
            mapping: opts.mapping,
            resume: false,
            runtime: o.runtime,
            logger: o.logger,
            progress: noProgress,
            signal: new AbortController().signal,
          },
          limit,
        ),
      ).catch((err: unknown) => {
        throw withPageNames(err, [stored]);
      });
      return inspection(upload, entity, preview, opts.mapping, lang);
    },

    saveMapping: (entity, mapping, name) => mappings.save(entity, mapping, name),
    savedMapping: (entity, name) => mappings.read(name ?? entity),
    start: (request) => runs.start(request),
    get: (id, lang) => runs.get(id, lang),
    list: (lang) => runs.list(lang),
    subscribe: (id, listener) => runs.subscribe(id, listener),
    cancel: (id) => runs.cancel(id),
    file: (id, name) => runs.file(id, name),
    planChanges: (id, limit) => runs.planChanges(id, limit),
    undoCounts: (id) => runs.undoCounts(id),
    close: () => runs.close(),
  };
}
