import type { TextTree } from './shape.js';
export const idColumns: TextTree = {};
