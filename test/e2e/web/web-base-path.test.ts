/**
 * serve behind a reverse proxy's prefix (`--base-path /bulk`), the loopback-only Host check when there is
 * no password, and a hostile upload answered with the CLI's own error code.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { visit } from './web-helpers.js';
import { webRig } from './web-rig.js';

const rig = webRig('web-base-path', { args: ['--base-path', '/bulk'], browser: false });
let origin: string;

beforeAll(() => {
  origin = new URL(rig.serve.url).origin;
});

describe('serve --base-path /bulk', () => {
  it('answers under the prefix only, with links, assets and the cookie path under it', async () => {
    expect(rig.serve.url).toBe(`${origin}/bulk`);
    const page = await fetch(`${origin}/bulk/templates`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toMatch(/Path=\/bulk;/);
    const html = await page.text();
    expect(html).toContain('href="/bulk/assets/style.css"');
    expect(html).toContain('src="/bulk/assets/htmx.min.js"');
    expect(html).toContain('href="/bulk/templates/customers.xlsx"');
    for (const asset of ['/bulk/assets/htmx.min.js', '/bulk/assets/app.js', '/bulk/assets/style.css']) {
      expect([asset, (await fetch(`${origin}${asset}`)).status]).toEqual([asset, 200]);
    }
    expect((await fetch(`${origin}/templates`)).status).toBe(404);
    expect((await fetch(`${origin}/bulk/assets/../../package.json`)).status).toBe(404);
  });

  it('refuses a Host that is not the loopback when there is no password (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${origin}/bulk/import`);
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'evil.example:8080' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('answers a PDF named .xlsx with the reader error, and keeps no client name as a path', async () => {
    const { cookie, csrf } = await visit(`${origin}/bulk/import`);
    const form = new FormData();
    form.set('_csrf', csrf);
    form.set('entity', 'customers');
    form.set('file', new Blob(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n']), '../../etc/pelanggan.xlsx');
    const res = await fetch(`${origin}/bulk/import/upload`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    expect(res.status).toBe(400);
    await expect(res.text()).resolves.toMatch(/\[READ_UNSUPPORTED_FORMAT\]/);
  });
});
