/**
 * The sandbox: a stateful local SalesMania simulator over real HTTP, for tests and demos.
 * This file is the folder's only door.
 */
export { createSandbox } from './server.js';
export type { Sandbox, SandboxState, SandboxDump } from './server.js';
export { describeSandbox } from './describe.js';
export { DEFAULT_CREDENTIALS, DEFAULT_PASSWORD, DEFAULT_USERNAME } from './options.js';
export type {
  CommitFailMode,
  ResolvedOptions as SandboxResolvedOptions,
  SandboxOptions,
  SandboxRuntimeOptions,
  SandboxUser,
  SeedMode,
} from './options.js';
export { DEMO_DATABASE_ID, SECOND_DATABASE_ID } from './seed-data.js';
export type { ScriptedFault } from './faults.js';
export type { RequestListener, RequestLogEntry } from './log.js';
export type { OrderRecord, OrderLineRecord } from './orders.js';
