/**
 * Real servers for the delivery tests, on 127.0.0.1 and ephemeral ports: SMTP (smtp-server, parsed
 * with mailparser), SFTP (ssh2's server side over a real folder) and a webhook receiver (node:http).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { closeSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import ssh2 from 'ssh2';

// ---------------------------------------------------------------- SMTP

export interface SmtpTestServer {
  port: number;
  mails: ParsedMail[];
  envelopes: string[][];
  logins: string[];
  /** Per message: whether it came over TLS. */
  secured: boolean[];
  close(): Promise<void>;
}

export async function startSmtp(o: {
  user: string;
  password: string;
  refuseLogin?: boolean;
  /** PEM key and certificate: STARTTLS offered (and required before login). */
  tls?: { key: string; cert: string };
  /** With `tls`: TLS from the first byte (smtps, port 465 style) instead of STARTTLS. */
  implicitTls?: boolean;
}): Promise<SmtpTestServer> {
  const mails: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const logins: string[] = [];
  const secured: boolean[] = [];
  const server = new SMTPServer({
    ...(o.tls
      ? { key: o.tls.key, cert: o.tls.cert, secure: Boolean(o.implicitTls) }
      : { disabledCommands: ['STARTTLS'], allowInsecureAuth: true }),
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      if (o.refuseLogin || auth.username !== o.user || auth.password !== o.password) {
        callback(new Error('Authentication credentials invalid'));
        return;
      }
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      envelopes.push(session.envelope.rcptTo.map((r) => r.address));
      secured.push(session.secure);
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    envelopes,
    logins,
    secured,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------- SFTP

export interface SftpTestServer {
  port: number;
  /** The host key's fingerprint, as SALESMANIA_SFTP_HOST_KEY takes it. */
  fingerprint: string;
  /** A known_hosts line for this server. */
  knownHostsLine: string;
  /** Every path opened for writing, in order: the final name must never be among them. */
  openedForWrite: string[];
  renames: Array<[string, string]>;
  bytesWritten: number;
  /** Stop answering writes after this many bytes (the upload then hangs half-way). */
  stallAfterBytes?: number;
  /** Close the connection after this many bytes (the upload breaks off half-way). */
  dropAfterBytes?: number;
  close(): Promise<void>;
}

export function newHostKey(): string {
  return ssh2.utils.generateKeyPairSync('ed25519').private;
}

export async function startSftp(o: {
  root: string;
  user: string;
  password: string;
  hostKey?: string;
  /** A client public key (OpenSSH format) also accepted for the user. */
  clientKey?: string;
}): Promise<SftpTestServer> {
  const { STATUS_CODE, OPEN_MODE } = ssh2.utils.sftp;
  const hostKey = o.hostKey ?? newHostKey();
  const parsed = ssh2.utils.parseKey(hostKey);
  if (parsed instanceof Error) throw parsed;
  const publicKey = parsed.getPublicSSH();
  const state: SftpTestServer = {
    port: 0,
    fingerprint: 'SHA256:' + createHash('sha256').update(publicKey).digest('base64').replace(/=+$/, ''),
    knownHostsLine: '',
    openedForWrite: [],
    renames: [],
    bytesWritten: 0,
    close: async () => undefined,
  };
  const local = (path: string) => join(o.root, normalize('/' + path));
  const server = new ssh2.Server({ hostKeys: [hostKey] }, (client) => {
    client.on('error', () => undefined);
    client.on('authentication', (ctx) => {
      if (ctx.method === 'password' && ctx.username === o.user && ctx.password === o.password)
        return ctx.accept();
      if (ctx.method === 'publickey' && o.clientKey && ctx.username === o.user) {
        const allowed = ssh2.utils.parseKey(o.clientKey);
        if (!(allowed instanceof Error) && allowed.getPublicSSH().equals(ctx.key.data)) {
          if (!ctx.signature || !ctx.blob) return ctx.accept(); // the client only asks whether the key would do
          if (allowed.verify(ctx.blob, ctx.signature, ctx.hashAlgo)) return ctx.accept();
        }
      }
      ctx.reject(['password', 'publickey']);
    });
    client.on('ready', () => {
      client.on('session', (accept) => {
        const session = accept();
        session.on('sftp', (acceptSftp) => {
          const sftp = acceptSftp();
          const handles = new Map<number, { fd: number; path: string }>();
          let next = 0;
          const fail = (reqId: number, err: unknown) =>
            sftp.status(
              reqId,
              (err as NodeJS.ErrnoException).code === 'ENOENT'
                ? STATUS_CODE.NO_SUCH_FILE
                : STATUS_CODE.FAILURE,
            );
          sftp.on('OPEN', (reqId, filename, flags) => {
            try {
              const writing = (flags & OPEN_MODE.WRITE) !== 0;
              if (writing) state.openedForWrite.push(filename);
              const fd = openSync(local(filename), writing ? 'w' : 'r');
              const id = next++;
              handles.set(id, { fd, path: filename });
              const handle = Buffer.alloc(4);
              handle.writeUInt32BE(id);
              sftp.handle(reqId, handle);
            } catch (err) {
              fail(reqId, err);
            }
          });
          sftp.on('WRITE', (reqId, handle, offset, data) => {
            const h = handles.get(handle.readUInt32BE());
            if (!h) return sftp.status(reqId, STATUS_CODE.FAILURE);
            if (state.stallAfterBytes !== undefined && state.bytesWritten >= state.stallAfterBytes) return; // never answer
            writeSync(h.fd, data, 0, data.length, offset);
            state.bytesWritten += data.length;
            if (state.dropAfterBytes !== undefined && state.bytesWritten >= state.dropAfterBytes) {
              client.end();
              return;
            }
            sftp.status(reqId, STATUS_CODE.OK);
          });
          sftp.on('CLOSE', (reqId, handle) => {
            const id = handle.readUInt32BE();
            const h = handles.get(id);
            if (h) closeSync(h.fd);
            handles.delete(id);
            sftp.status(reqId, STATUS_CODE.OK);
          });
          const attrsOf = (reqId: number, path: string) => {
            try {
              const s = statSync(local(path));
              sftp.attrs(reqId, {
                mode: s.mode,
                uid: s.uid,
                gid: s.gid,
                size: s.size,
                atime: s.atimeMs / 1000,
                mtime: s.mtimeMs / 1000,
              });
            } catch (err) {
              fail(reqId, err);
            }
          };
          sftp.on('STAT', attrsOf);
          sftp.on('LSTAT', attrsOf);
          sftp.on('REALPATH', (reqId, path) => {
            const abs = normalize('/' + path);
            sftp.name(reqId, [{ filename: abs, longname: abs, attrs: {} as never }]);
          });
          sftp.on('REMOVE', (reqId, path) => {
            try {
              unlinkSync(local(path));
              sftp.status(reqId, STATUS_CODE.OK);
            } catch (err) {
              fail(reqId, err);
            }
          });
          sftp.on('RENAME', (reqId, from, to) => {
            try {
              statSync(local(to));
              return sftp.status(reqId, STATUS_CODE.FAILURE); // SFTP v3: the target must not exist
            } catch {
              // absent: go on
            }
            try {
              renameSync(local(from), local(to));
              state.renames.push([from, to]);
              sftp.status(reqId, STATUS_CODE.OK);
            } catch (err) {
              fail(reqId, err);
            }
          });
          sftp.on('MKDIR', (reqId, path) => {
            mkdirSync(local(path), { recursive: true });
            sftp.status(reqId, STATUS_CODE.OK);
          });
        });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.knownHostsLine = `[127.0.0.1]:${state.port} ${parsed.type} ${publicKey.toString('base64')}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Connections left by a killed client would keep close() waiting.
      (server as unknown as { _srv?: { closeAllConnections?: () => void } })._srv?.closeAllConnections?.();
    });
  return state;
}

// ---------------------------------------------------------------- webhook

export interface WebhookRequest {
  path: string;
  body: unknown;
  headers: IncomingMessage['headers'];
}

export interface WebhookReceiver {
  url: string;
  requests: WebhookRequest[];
  /** Status codes to answer, in order; the last one repeats. */
  statuses: number[];
  close(): Promise<void>;
}

export async function startWebhook(statuses: number[] = [200]): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = { url: '', requests: [], statuses, close: async () => undefined };
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8').on('data', (d: string) => (text += d));
    req.on('end', () => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
      receiver.requests.push({ path: req.url ?? '', body, headers: req.headers });
      const i = Math.min(receiver.requests.length - 1, receiver.statuses.length - 1);
      res.writeHead(receiver.statuses[i], { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
