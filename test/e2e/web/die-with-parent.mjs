// Loaded into `serve` by the browser tests' rig (web-rig.ts): the test process holds the other end of
// serve's stdin, so when that process goes away — ended, crashed or killed — the pipe closes and serve
// stops as on Ctrl-C. No server outlives its test. Unref'd: stdin alone keeps nothing running.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
process.stdin.unref?.();
