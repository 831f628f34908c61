/**
 * The guard in front of every run that deletes (`import --mode delete`, and `apply` of a plan that
 * deletes): nothing is deleted unless a person typed the number of records, or gave `--yes`.
 * Typing the count, rather than "y", makes the person read it: 20,000 where 20 were meant stops.
 */
import { createInterface } from 'node:readline';
import { localizedRunError, t } from '../i18n/index.js';
import { deletePromptKey } from './delete-question.js';

export interface DeleteConsentOptions {
  /** `--yes`: delete without asking (how scripts and cron jobs delete). */
  yes: boolean;
  /** Where the question is read and asked; the process's stdin and stderr by default. */
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** A person can be asked: both the keyboard and the screen are a terminal. */
export function canAsk(o: Pick<DeleteConsentOptions, 'input' | 'output'> = {}): boolean {
  return Boolean((o.input ?? process.stdin).isTTY && (o.output ?? process.stderr).isTTY);
}

/**
 * Called before anything is read or sent: without `--yes`, a run that deletes needs a terminal to
 * ask on; a cron job or a pipe gets DELETE_NEEDS_YES at once rather than a question nobody answers.
 */
export function requireDeleteConsent(o: DeleteConsentOptions): void {
  if (!o.yes && !canAsk(o)) throw localizedRunError('DELETE_NEEDS_YES', 'guards.deleteNeedsYes');
}

/**
 * Asks for the number of records `count` about to be deleted; resolves when it was typed (or with
 * `--yes`, or when there is nothing to delete), else throws DELETE_NOT_CONFIRMED (a wrong answer,
 * Ctrl-D, Ctrl-C). The caller sends nothing until this resolves.
 */
export async function confirmDeletion(count: number, entity: string, o: DeleteConsentOptions): Promise<void> {
  if (o.yes || count === 0) return;
  requireDeleteConsent(o);
  const typed = String(count);
  await confirmTyped(count, t(deletePromptKey(entity), { count, entity, typed }), o, 'guards');
}

/**
 * Asks `question` and resolves when `count` was typed, else throws DELETE_NOT_CONFIRMED with the
 * messages of `messages` (`guards.*` for a delete run, `confirm.*` for an undo). The caller checked
 * `--yes` and the terminal.
 */
export async function confirmTyped(
  count: number,
  question: string,
  o: DeleteConsentOptions,
  messages: 'guards' | 'confirm',
): Promise<void> {
  const typed = String(count);
  const keys =
    messages === 'guards'
      ? ({ none: 'guards.deleteNoAnswer', wrong: 'guards.deleteNotConfirmed' } as const)
      : ({ none: 'confirm.undoNoAnswer', wrong: 'confirm.undoNotConfirmed' } as const);
  const answer = await ask(question, o);
  if (answer === undefined) throw localizedRunError('DELETE_NOT_CONFIRMED', keys.none);
  // A thousands separator typed as the screen shows numbers (1.000 or 1,000) is no mistake.
  if (answer.replace(/[\s.,]/g, '') !== typed) {
    throw localizedRunError('DELETE_NOT_CONFIRMED', keys.wrong, { typed, answer: answer.slice(0, 40) });
  }
}

/** One line from the person; undefined when the input ended (Ctrl-D) or Ctrl-C was pressed first. */
function ask(question: string, o: DeleteConsentOptions): Promise<string | undefined> {
  const rl = createInterface({ input: o.input ?? process.stdin, output: o.output ?? process.stderr });
  return new Promise((resolve) => {
    let answered = false;
    rl.question(question, (line) => {
      answered = true;
      rl.close();
      resolve(line.trim());
    });
    // readline on a terminal takes Ctrl-C itself: it is a "no", like Ctrl-D.
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (answered) return;
      (o.output ?? process.stderr).write('\n');
      resolve(undefined);
    });
  });
}
