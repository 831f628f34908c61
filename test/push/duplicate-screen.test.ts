import { describe, expect, it } from '@jest/globals';
import { DuplicateScreen, keyText } from '../../src/push/index.js';
import type { RowKey } from '../../src/types.js';

const ext = (value: string): RowKey => ({ kind: 'ext', field: 'ext_cust_no', value });

describe('DuplicateScreen: keys that may repeat, from one pass over the file', () => {
  it('flags every key noted twice or more, whatever lies between', () => {
    const screen = new DuplicateScreen(1_000);
    const keys = ['A', 'B', 'C', 'A', 'D', 'C', 'C'];
    for (const k of keys) screen.note(ext(k));
    expect(screen.mayRepeat(keyText(ext('A')))).toBe(true);
    expect(screen.mayRepeat(keyText(ext('C')))).toBe(true);
  });

  it('keeps an id and a natural key with the same text apart', () => {
    const screen = new DuplicateScreen(1_000);
    screen.note({ kind: 'id', value: 7 });
    screen.note(ext('7'));
    expect(keyText({ kind: 'id', value: 7 })).not.toBe(keyText(ext('7')));
    expect(screen.mayRepeat(keyText(ext('7')))).toBe(false);
    expect(screen.mayRepeat('id:7')).toBe(false);
  });

  it('at the size it was made for, keeps few keys that occur once (false alarms ~1 %)', () => {
    const n = 200_000;
    const screen = new DuplicateScreen(n);
    for (let i = 0; i < n; i++) screen.note(ext(`C-${i}`));
    for (let i = 0; i < n; i += 1000) screen.note(ext(`C-${i}`)); // 200 true repeats
    expect(screen.suspectCount).toBeGreaterThanOrEqual(200);
    expect(screen.suspectCount).toBeLessThan(200 + n * 0.02);
    for (let i = 0; i < n; i += 1000) expect(screen.mayRepeat(`ext:C-${i}`)).toBe(true);
  });

  it('past the size it was made for, still flags every repeat (only false alarms grow)', () => {
    const screen = new DuplicateScreen(1_000);
    const n = 20_000;
    for (let i = 0; i < n; i++) screen.note(ext(`K${i}`));
    for (let i = 0; i < n; i += 7) screen.note(ext(`K${i}`));
    for (let i = 0; i < n; i += 7) expect(screen.mayRepeat(`ext:K${i}`)).toBe(true);
  });
});
