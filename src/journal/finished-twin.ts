import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { RunHeader } from './journal-file.js';

/** A finished run of the same content, entity and mode, found in another journal. */
export interface FinishedTwin {
  journal: string;
  header: RunHeader;
  endedAt: string;
}

/** A header line is short; the `end` line is the last one, a few dozen bytes. */
const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 4 * 1024;

/**
 * The journal of a finished run of this very content (SHA-256), entity and mode in `folders`, other
 * than `own`. Why: the re-run guard (journal/run-journal.ts) knows a journal by the input's name, so a
 * copy of a file (`pelanggan (1).csv`, a second upload on the web page) would be imported again — and
 * its keyless rows and orders created twice. Only each journal's first line and its tail are read, so
 * a folder of million-row journals costs a few reads each. A journal that cannot be read is not a
 * twin: this guard adds a refusal, never a failure of its own.
 */
export function findFinishedTwin(
  folders: readonly string[],
  own: string,
  input: { sha256: string },
  run: { entity: string; mode: string },
): FinishedTwin | undefined {
  for (const folder of folders) {
    for (const name of journalNames(folder)) {
      const journal = join(folder, name);
      if (journal === own) continue;
      const twin = finishedRun(journal);
      if (
        twin &&
        twin.header.input.sha256 === input.sha256 &&
        twin.header.entity === run.entity &&
        twin.header.mode === run.mode
      )
        return twin;
    }
  }
  return undefined;
}

function journalNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.journal.jsonl'));
  } catch {
    return [];
  }
}

function finishedRun(journal: string): FinishedTwin | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(journal, 'r');
    const size = fstatSync(fd).size;
    const header = runHeader(parseLine(readAt(fd, 0, Math.min(size, HEAD_BYTES)).split('\n')[0]));
    if (!header) return undefined;
    const tail = readAt(fd, Math.max(0, size - TAIL_BYTES), Math.min(size, TAIL_BYTES));
    const last = parseLine(tail.trimEnd().split('\n').pop());
    if (last?.t !== 'end' || typeof last.at !== 'string') return undefined;
    return { journal, header, endedAt: last.at };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function runHeader(line: Record<string, unknown> | undefined): RunHeader | undefined {
  if (line?.t !== 'run' || typeof line.entity !== 'string' || typeof line.mode !== 'string') return undefined;
  const input = line.input as Partial<RunHeader['input']> | undefined;
  if (typeof input?.sha256 !== 'string' || typeof input.name !== 'string') return undefined;
  return {
    version: 1,
    entity: line.entity,
    mode: line.mode,
    input: { name: input.name, size: Number(input.size), sha256: input.sha256 },
    startedAt: String(line.startedAt),
  };
}

function readAt(fd: number, position: number, length: number): string {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.toString('utf8', 0, read);
}

function parseLine(line: string | undefined): Record<string, unknown> | undefined {
  if (!line) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
