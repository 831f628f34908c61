/**
 * The door rule is enforced by `npm run lint`: a file of src/ that imports past another folder's
 * index.ts — statically, as a re-export, or with a dynamic import() — fails; through the door passes.
 */
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function doorErrors(code: string, filePath = 'src/push/snippet.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => /one door/.test(m.message)).map((m) => m.ruleId ?? '');
}

describe('lint: one door per folder', () => {
  it.each([
    ["import { isApiError } from '../api/errors.js';\nexport const f = isApiError;\n", 'static import'],
    ["export { isApiError } from '../api/errors.js';\n", 're-export'],
    ["export const f = () => import('../api/errors.js');\n", 'dynamic import'],
    ["import type { Customer } from '../api/contract/index.js';\nexport type C = Customer;\n", 'past a door'],
  ])('fails: %s (%s)', async (code) => {
    expect((await doorErrors(code)).length).toBe(1);
  });

  it('fails from a folder two levels down too', async () => {
    const code = "export const f = () => import('../../run/import.js');\n";
    expect(await doorErrors(code, 'src/cli/commands/snippet.ts')).toHaveLength(1);
  });

  it.each([
    ["import { isApiError } from '../api/index.js';\nexport const f = isApiError;\n"],
    ["export const f = () => import('../api/index.js');\n"],
    ["import { KeyedChain } from './keyed-chain.js';\nexport const k = KeyedChain;\n"],
    ["import type { RowIssue } from '../types.js';\nexport type R = RowIssue;\n"],
  ])('passes: %s', async (code) => {
    expect(await doorErrors(code)).toEqual([]);
  });
});
