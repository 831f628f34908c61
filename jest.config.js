import { createDefaultEsmPreset } from 'ts-jest';

/** What both projects share: TypeScript through ts-jest in ESM mode, `.js` imports mapped to sources. */
const common = {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.test.json' }),
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** End-to-end suites spawn the built CLI (dist/) against the sandbox; hardening tries to break it. */
const E2E = ['/test/e2e/', '/test/hardening/'];

/**
 * Two projects: `unit` (fast, the everyday loop: `npm run test:unit`) and `e2e`. `npm test` runs both.
 * @type {import('jest').Config}
 */
export default {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/bench/', ...E2E],
    },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: E2E.map((dir) => `<rootDir>${dir}**/*.test.ts`),
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
};
