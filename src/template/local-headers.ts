/** The Indonesian template headers live beside the column tables (map/local-headers.ts): messages name columns by them too. */
export { INDONESIAN_HEADERS, localHeader } from '../map/index.js';
