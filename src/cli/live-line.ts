/**
 * The bottom line of a terminal while a progress bar owns it. A log line (a 429 warning, a retry)
 * written while the bar is drawn would start right after the bar's text and leave a torn bar above
 * it; through here it clears the bar's line first, and the bar is drawn again below it.
 */
import { clearLine, cursorTo } from 'node:readline';
import { Writable } from 'node:stream';

/** What the live bar lends: drawing itself again (after a log line moved the cursor on). */
export interface LiveBar {
  redraw(): void;
}

export class LiveLine {
  private bar: LiveBar | undefined;
  /**
   * The logger's destination: every write passes the bar. A real Writable (pino-pretty pipes into
   * it), writing synchronously to the terminal, as the terminal's own stream does.
   */
  readonly stream: Writable & { isTTY?: boolean };

  constructor(readonly target: NodeJS.WritableStream & { isTTY?: boolean }) {
    const stream: Writable & { isTTY?: boolean } = new Writable({
      decodeStrings: false,
      write: (chunk: Buffer | string, _encoding, callback) => {
        this.write(chunk);
        callback();
      },
    });
    // Pretty logs on a terminal (log/index.ts asks its destination whether it is one).
    stream.isTTY = target.isTTY;
    this.stream = stream;
  }

  /** The bar now drawn on the last line; `undefined` when it is gone. */
  own(bar: LiveBar | undefined): void {
    this.bar = bar;
  }

  /** Writes `text` above the live bar (or just writes it when there is none). */
  write(text: Buffer | string): void {
    const bar = this.bar;
    if (!bar) {
      this.target.write(text);
      return;
    }
    cursorTo(this.target as NodeJS.WritableStream & Writable, 0);
    clearLine(this.target as NodeJS.WritableStream & Writable, 0);
    this.target.write(text);
    bar.redraw();
  }
}

/** The CLI's one terminal line: stderr, where both the logs and the bar go. */
export const stderrLine = new LiveLine(process.stderr);
