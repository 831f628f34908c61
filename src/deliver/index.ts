/**
 * deliver/: what happens to an export file once it is written — its manifest, e-mail and SFTP
 * destinations with retries, and retention of a job's older files. The only door into this folder.
 */
export {
  parseDestination,
  parseMailto,
  type Destination,
  type MailDestination,
  type SftpDestination,
} from './destinations.js';
export { deliverFile, errorFacts, type DeliverOptions, type DeliveryResult } from './deliver.js';
export { sendMail, type MailMessage } from './mail.js';
export {
  MANIFEST_SUFFIX,
  manifestPathOf,
  readManifest,
  writeManifest,
  type ExportManifest,
  type ManifestInput,
} from './manifest.js';
export { applyRetention, type RetentionInput, type RetentionRule } from './retention.js';
export { withRetries, type RetryOptions } from './retry.js';
