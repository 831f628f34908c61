/**
 * A log line written while the progress bar is drawn goes above the bar: the bar's line is
 * cleared first, then the log line is written, then the bar is drawn again (src/cli/live-line.ts).
 * Asserted on the order of writes to a stream that says it is a terminal.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import { LiveLine } from '../../src/cli/live-line.js';
import { createProgress } from '../../src/cli/progress.js';
import { createLogger, silentLogger } from '../../src/log/index.js';
import type { ProgressSink } from '../../src/types.js';

/** A terminal 80 columns wide that keeps every write, in order. */
function fakeTerminal(): Writable & { isTTY: boolean; columns: number; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, callback) {
      writes.push(String(chunk));
      callback();
    },
  });
  return Object.assign(stream, { isTTY: true, columns: 80, writes });
}

const CLEAR = ['\x1b[1G', '\x1b[2K']; // readline's cursorTo(0) and clearLine(0)
const isBar = (text: string) => text.includes('import customers') && text.includes('10');
const LOG = 'rate limited (429), waiting 2 s';

let progress: ProgressSink | undefined;
afterEach(() => progress?.stop());

describe('a log line while the bar is live', () => {
  it('clears the bar line, writes the log line, then draws the bar again below it', () => {
    const terminal = fakeTerminal();
    const line = new LiveLine(terminal);
    progress = createProgress(silentLogger(), 'import customers', true, line);
    progress.start(10);
    progress.update(3);
    const before = terminal.writes.length;
    expect(terminal.writes.some(isBar)).toBe(true);

    createLogger({ destination: line.stream, format: 'json', level: 'info' }).warn(LOG);

    const after = terminal.writes.slice(before);
    const logAt = after.findIndex((w) => w.includes(LOG));
    expect(logAt).toBeGreaterThanOrEqual(0);
    expect(after.slice(0, logAt)).toEqual(CLEAR);
    expect(after.slice(logAt + 1).some(isBar)).toBe(true);
  });

  it('without a live bar (before start, after stop) a log line is written as it is', () => {
    const terminal = fakeTerminal();
    const line = new LiveLine(terminal);
    line.write('first\n');
    progress = createProgress(silentLogger(), 'import customers', true, line);
    progress.start(10);
    progress.stop();
    const before = terminal.writes.length;
    line.write('last\n');
    expect(terminal.writes[0]).toBe('first\n');
    expect(terminal.writes.slice(before)).toEqual(['last\n']);
  });

  it('the logger writing through it stays pretty on a terminal and JSON elsewhere', () => {
    expect(new LiveLine(fakeTerminal()).stream.isTTY).toBe(true);
    const pipe = Object.assign(fakeTerminal(), { isTTY: false });
    const line = new LiveLine(pipe);
    createLogger({ destination: line.stream }).info('hello');
    expect(JSON.parse(pipe.writes.join(''))).toMatchObject({ msg: 'hello' });
  });
});
