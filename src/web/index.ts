/** web/: the page of `salesmania-bulk serve` (docs/WEB.md). The only door. */
export { startWebServer, type StartWebOptions, type WebServer } from './server.js';
export {
  resolveWebOptions,
  UI_PASSWORD_ENV,
  DEFAULT_UPLOAD_MB,
  type RawWebOptions,
  type WebOptions,
} from './options.js';
