/* global module */
/**
 * Import rules checked by `npm run check:imports` (and `.ci/run`) on the build output, dist/ (one
 * file per src/ file): no circle of imports, and nothing below run/ imports it. The built files are
 * checked because this dependency-cruiser release cannot read TypeScript 6 sources; type-only
 * imports are erased by then, which the door rule in eslint.config.js covers.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports: see docs/ARCHITECTURE.md, "Layers".',
      from: { path: '^dist/' },
      to: { circular: true },
    },
    {
      name: 'nothing-below-imports-run',
      severity: 'error',
      comment: 'run/ composes the stages; only cli/ (and the web page) may call it.',
      from: { path: '^dist/', pathNot: '^dist/(cli|run|web|workspace)/' },
      to: { path: '^dist/run/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
  },
};
