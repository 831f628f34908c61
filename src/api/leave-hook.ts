/**
 * "This request is leaving now": lets the caller of a data-changing request learn the moment its
 * first attempt is handed to the network — after the rate gate admitted it, never while it waits.
 * The journal's `sending` line is written then (docs/journal.md): a row whose request never left
 * is not in doubt, and `--resume` simply sends it.
 *
 * Carried in an AsyncLocalStorage rather than through every resource method: the hook belongs to
 * the one logical request started inside `whenLeaving`, whatever layers (session, re-login) lie
 * between. `send` reads it synchronously at its start, so a task the gate runs later from another
 * context still calls the right hook.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const hooks = new AsyncLocalStorage<() => void>();

/** Runs `request`; `onLeave` is called once, just before its first data-changing attempt leaves. */
export function whenLeaving<T>(onLeave: () => void, request: () => Promise<T>): Promise<T> {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    onLeave();
  };
  return hooks.run(once, request);
}

/** The hook of the request being started, if any (read by send.ts). */
export function leaveHook(): (() => void) | undefined {
  return hooks.getStore();
}
