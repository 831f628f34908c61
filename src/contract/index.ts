/**
 * contract/: the SalesMania wire format, the only door into this folder. wire.ts states the paths,
 * shapes and limits; parse.ts reads each kind of answer into them. api/, map/ and sandbox/ build on it.
 */
export * from './wire.js';
export * from './parse.js';
