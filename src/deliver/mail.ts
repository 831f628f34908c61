/**
 * SMTP through nodemailer: STARTTLS (required by default) or TLS from the start (`smtps://`).
 * Errors come back as RunErrors that say what the server did — a refused login is DELIVER_AUTH
 * and is not retried — and never carry the password.
 */
import type { Readable } from 'node:stream';
import type { SmtpConfig } from '../config/index.js';
import type { RunError } from '../errors.js';
import { localizedRunError, messageRef } from '../i18n/index.js';

export interface MailAttachment {
  filename: string;
  /** A fresh stream per try: a retry cannot reuse a consumed one. */
  open: () => Readable | string;
  contentType?: string;
}

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  attachment?: MailAttachment;
}

export async function sendMail(smtp: SmtpConfig, message: MailMessage, timeoutMs: number): Promise<void> {
  // Loaded on demand, like every delivery library: an export without --deliver does not pay for it.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireStartTls,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const attachment = message.attachment;
  try {
    await transport.sendMail({
      from: smtp.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(attachment
        ? {
            attachments: [
              {
                filename: attachment.filename,
                content: attachment.open(),
                ...(attachment.contentType ? { contentType: attachment.contentType } : {}),
              },
            ],
          }
        : {}),
    });
  } catch (err) {
    throw smtpError(err, smtp);
  } finally {
    transport.close();
  }
}

function smtpError(err: unknown, smtp: SmtpConfig): RunError {
  const e = err as { code?: string; response?: string; responseCode?: number; message?: string };
  const server = `${smtp.host}:${smtp.port}`;
  // The server's own answer is quoted verbatim: it is what its administrator can look up.
  const answer = e.response ? e.response.trim().slice(0, 200) : undefined;
  if (e.code === 'EAUTH') {
    const user = smtp.user ?? messageRef('deliver.noUser');
    return answer
      ? localizedRunError('DELIVER_AUTH', 'deliver.smtpLoginRefusedSaid', { server, user, answer })
      : localizedRunError('DELIVER_AUTH', 'deliver.smtpLoginRefused', { server, user });
  }
  if (e.code === 'ETLS' || /STARTTLS/i.test(e.message ?? '')) {
    return localizedRunError('DELIVER_FAILED', 'deliver.smtpNoStarttls', { server });
  }
  if (e.code === 'ECONNECTION' || e.code === 'ETIMEDOUT' || e.code === 'ESOCKET' || e.code === 'EDNS') {
    return localizedRunError('DELIVER_FAILED', 'deliver.smtpUnreachable', {
      server,
      reason: `${e.code}${e.message ? `: ${e.message}` : ''}`,
    });
  }
  return answer !== undefined || !e.message
    ? localizedRunError('DELIVER_FAILED', 'deliver.smtpRefusedMessage', { server, answer: answer ?? '' })
    : localizedRunError('DELIVER_FAILED', 'deliver.smtpRefusedMessageBare', { server, answer: e.message });
}
