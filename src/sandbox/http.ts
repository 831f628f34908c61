/**
 * Small HTTP helpers on plain node:http: bounded body reading, JSON and HTML answers, and the
 * error answers of docs/ARCHITECTURE.md, API section 2.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MESSAGES, type ErrorBody } from '../contract/index.js';

/** An answer a handler or a check produced. `html` bodies are sent as text/html. */
export interface Reply {
  status: number;
  body: unknown;
  html?: boolean;
  headers?: Record<string, string>;
}

/** Thrown by handlers to answer an error; the pipeline turns it into a Reply. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers?: Record<string, string>,
  ) {
    super(body.message);
  }
}

export const notFound = (): HttpError => new HttpError(404, { message: MESSAGES.notFound });

export const invalid = (errors: Record<string, string[]>): HttpError =>
  new HttpError(422, { message: MESSAGES.validation, errors });

export const ok = (body: unknown = {}): Reply => ({ status: 200, body });

/**
 * Reads the whole body, at most `limit` bytes. A larger body is read to its end and thrown
 * away (so the client sees the 413 instead of a reset while it is still sending); undefined
 * means too large.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks, size)));
    req.on('error', reject);
    // A connection closed before the body ended (after 'end' this does nothing).
    req.on('close', () => reject(new Error('request closed before its body ended')));
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return; // the client gave up (e.g. timed out)
  const text = reply.html ? String(reply.body) : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': reply.html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...reply.headers,
  });
  res.end(text);
}

const REASONS: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The page a proxy in front of the API answers with: HTML, not JSON. */
export function proxyPage(status: number): Reply {
  const title = `${status} ${REASONS[status] ?? 'Error'}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, body, html: true };
}

export function serverError(status: number, html: boolean): Reply {
  if (html) return proxyPage(status);
  return { status, body: { message: status === 500 ? 'Server Error' : (REASONS[status] ?? 'Server Error') } };
}
