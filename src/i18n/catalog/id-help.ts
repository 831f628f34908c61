import type { TextTree } from './shape.js';
export const idHelp: TextTree = {};
