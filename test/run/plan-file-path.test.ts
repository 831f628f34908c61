import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { planFilePath } from '../../src/run/plan-file.js';

describe('apply: which plan companion a named file means', () => {
  it('takes a companion as given and finds the one beside a plan sheet', () => {
    expect(planFilePath(join('out', 'ubah.plan.json'))).toBe(join('out', 'ubah.plan.json'));
    expect(planFilePath(join('out', 'ubah.plan.xlsx'))).toBe(join('out', 'ubah.plan.json'));
    expect(planFilePath('ubah.plan.csv')).toBe('ubah.plan.json');
  });

  it('named the input file by mistake: the plan written from it, not <name>.json', () => {
    expect(planFilePath(join('data', 'ubah2.csv'))).toBe(join('data', 'ubah2.plan.json'));
    expect(planFilePath('pelanggan.v2.xlsx')).toBe('pelanggan.v2.plan.json');
    expect(planFilePath('pelanggan')).toBe('pelanggan.plan.json');
  });
});
