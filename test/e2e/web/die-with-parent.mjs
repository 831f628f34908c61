// Loaded into `serve` by the browser tests' rig (web-rig.ts): the test process holds the other end of
// serve's stdin, so when that process goes away — ended, crashed or killed — the pipe closes and serve
// stops as on Ctrl-C, or is killed if it has not stopped 10 s later. No server outlives its test.
// Unref'd: stdin and the timer alone keep nothing running.
import { setTimeout } from 'node:timers';

let gone = false;
const parentGone = () => {
  if (gone) return;
  gone = true;
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.kill(process.pid, 'SIGKILL'), 10_000).unref();
};
process.stdin.on('end', parentGone);
process.stdin.on('close', parentGone);
process.stdin.on('error', parentGone);
process.stdin.resume();
process.stdin.unref?.();
