/**
 * SMTP through nodemailer: STARTTLS (required by default) or TLS from the start (`smtps://`).
 * Errors come back as RunErrors that say what the server did — a refused login is DELIVER_AUTH
 * and is not retried — and never carry the password.
 */
import type { Readable } from 'node:stream';
import type { SmtpConfig } from '../config/index.js';
import { RunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';

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
  const said = e.response ? `: the server said "${e.response.trim().slice(0, 200)}"` : '';
  if (e.code === 'EAUTH') {
    return new RunError(
      'DELIVER_AUTH',
      `the SMTP server ${server} refused the login of ${smtp.user ?? '(no user)'}${said}; check SALESMANIA_SMTP_URL and SALESMANIA_SMTP_PASSWORD`,
    );
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
  return new RunError(
    'DELIVER_FAILED',
    `the SMTP server ${server} did not take the message${said || (e.message ? `: ${e.message}` : '')}`,
  );
}
