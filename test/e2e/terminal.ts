/** The built CLI on a pseudo-terminal (util-linux `script`), for the questions asked only on a terminal. */
import { spawn } from 'node:child_process';
import type { Sandbox } from '../../src/sandbox/index.js';
import { CLI, cliEnv } from './helpers.js';

/**
 * Runs the built CLI inside `script` (a pseudo-terminal), answers the prompt with `answer` once it
 * appears (or closes the input for Ctrl-D when `answer` is undefined) and returns what the terminal showed.
 */
export function onTerminal(
  sandbox: Sandbox,
  args: string[],
  answer: string | undefined,
): Promise<{ code: number | null; screen: string }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: cliEnv(sandbox, { SALESMANIA_LANG: 'en' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let asked = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
      if (asked || !/and press Enter|lalu tekan Enter/.test(screen)) return; // the prompt, in English or Indonesian
      asked = true;
      if (answer === undefined) child.stdin.write('\x04');
      else child.stdin.write(`${answer}\r`);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}
