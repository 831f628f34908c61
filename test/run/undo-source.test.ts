import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { journalOfSource } from '../../src/run/undo.js';
import { EXIT, exitCodeForUndo } from '../../src/cli/exit-codes.js';

describe('undo: which journal, which exit code', () => {
  it('finds the journal beside a result sheet, or takes the journal given', () => {
    expect(journalOfSource(join('out', 'pelanggan.result.xlsx'))).toBe(
      join('out', 'pelanggan.journal.jsonl'),
    );
    expect(journalOfSource(join('out', 'pelanggan.undo.result.csv'))).toBe(
      join('out', 'pelanggan.undo.journal.jsonl'),
    );
    expect(journalOfSource('pelanggan.journal.jsonl')).toBe('pelanggan.journal.jsonl');
  });

  it('a change left as it was (conflict, cannot_undo) is a row not done: exit 2', () => {
    expect(exitCodeForUndo({ deleted: 3 })).toBe(EXIT.ok);
    expect(exitCodeForUndo({ deleted: 3, conflict: 1 })).toBe(EXIT.rowsFailed);
    expect(exitCodeForUndo({ cannot_undo: 1 })).toBe(EXIT.rowsFailed);
    expect(exitCodeForUndo({ in_doubt: 1, conflict: 1 })).toBe(EXIT.rowsInDoubt);
  });
});
