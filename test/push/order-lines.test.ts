import { describe, expect, it } from '@jest/globals';
import { KeyedChain } from '../../src/push/index.js';
import { perLine } from '../../src/push/order-sender.js';
import type { RowIssue } from '../../src/types.js';

const issue = (field: string | undefined): RowIssue => ({ code: 'API_VALIDATION', field, message: 'bad' });
const show = (lists: RowIssue[][]) => lists.map((l) => l.map((i) => `${i.code}@${i.field ?? ''}`));

describe('perLine: the server’s issues of an order, line by line', () => {
  it.each<[string, Array<string | undefined>, string[][]]>([
    [
      'an order-level issue goes to every line',
      ['customer_id'],
      [['API_VALIDATION@customer_id'], ['API_VALIDATION@customer_id']],
    ],
    [
      'a line issue goes to its line; the other line is told why',
      ['ordered_products.1.qty'],
      [['ORDER_INVALID@'], ['API_VALIDATION@ordered_products.1.qty']],
    ],
    [
      'both kinds',
      ['date', 'ordered_products.0.unit'],
      [['API_VALIDATION@date', 'API_VALIDATION@ordered_products.0.unit'], ['API_VALIDATION@date']],
    ],
    [
      'an index beyond the lines is the order’s',
      ['ordered_products.7.qty'],
      [['API_VALIDATION@ordered_products.7.qty'], ['API_VALIDATION@ordered_products.7.qty']],
    ],
    ['no issues', [], [[], []]],
  ])('%s', (_, fields, expected) => {
    expect(show(perLine(fields.map(issue), [5, 9]))).toEqual(expected);
  });
});

describe('KeyedChain', () => {
  it('runs tasks of one key one after another, other keys side by side, past failures', async () => {
    const chain = new KeyedChain();
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const a1 = chain.run('a', task('a1', 30, true));
    const a2 = chain.run('a', task('a2', 1));
    const b1 = chain.run('b', task('b1', 5));
    await expect(a1).rejects.toThrow('a1');
    expect(await a2).toBe('a2');
    expect(await b1).toBe('b1');
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });
});
