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
export { DEFAULT_BODY, DEFAULT_SUBJECT, fillTemplate } from './mail-export.js';
export { sendMail, type MailMessage } from './mail.js';
export {
  MANIFEST_SUFFIX,
  manifestPathOf,
  readManifest,
  sha256Of,
  writeManifest,
  type ExportManifest,
  type ManifestInput,
} from './manifest.js';
export { applyRetention, type RetentionInput, type RetentionRule } from './retention.js';
export { realSleep, withRetries, type RetryOptions } from './retry.js';
export { fingerprintOf, hostKeyProblem } from './host-key.js';
export { uploadSftp } from './sftp.js';
