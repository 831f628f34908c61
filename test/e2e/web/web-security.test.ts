/**
 * serve's security model: no reachable address without a page password; with one (given here on
 * 127.0.0.1, where it gates the page just the same: the tests' servers listen on no other address),
 * the login flow in a real browser, every page and API route refusing a request without a session, CSRF refused, login
 * attempts limited, an oversized upload refused, the security headers, the SalesMania password never sent.
 */
import { describe, expect, it } from '@jest/globals';
import { cliEnv, runCli } from '../helpers.js';
import { screenshot, visit } from './web-helpers.js';
import { webRig } from './web-rig.js';

const PASSWORD = 'kata-sandi-halaman-7';
const rig = webRig('web-security', {
  sandbox: { seed: 'demo' },
  env: { SALESMANIA_UI_PASSWORD: PASSWORD, SALESMANIA_MAX_FILE_MB: '1' },
});
let signedInCookie = '';

const ROUTES: [string, string][] = [
  ['GET', '/'],
  ['GET', '/import'],
  ['GET', '/import/00000000-0000-0000-0000-000000000000'],
  ['POST', '/import/upload'],
  ['POST', '/import/00000000-0000-0000-0000-000000000000/run'],
  ['POST', '/import/00000000-0000-0000-0000-000000000000/mapping'],
  ['GET', '/runs'],
  ['GET', '/runs/x'],
  ['GET', '/runs/x/events'],
  ['POST', '/runs/x/cancel'],
  ['POST', '/runs/x/resume'],
  ['GET', '/runs/x/files/a.xlsx'],
  ['GET', '/export'],
  ['POST', '/export'],
  ['GET', '/templates'],
  ['GET', '/templates/customers.xlsx'],
  ['GET', '/connection'],
];

describe('serve on a reachable address', () => {
  it('refuses to start without a page password (exit 1, WEB_PASSWORD_REQUIRED)', async () => {
    const result = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], { env: cliEnv(rig.sandbox) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\[WEB_PASSWORD_REQUIRED\]/);
    expect(result.stderr).toMatch(/SALESMANIA_UI_PASSWORD/);
  });

  it('refuses every page and route without a signed-in session', async () => {
    const { cookie, csrf } = await visit(`${rig.serve.url}/login`);
    for (const [method, path] of ROUTES) {
      const res = await fetch(`${rig.serve.url}${path}`, {
        method,
        redirect: 'manual',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      expect([method, path, res.status]).toEqual([method, path, 401]);
    }
  });

  it('signs in through the login page, with safe cookie flags and security headers', async () => {
    const page = await rig.browser.newPage();
    const first = await page.goto(`${rig.serve.url}/export?lang=en`);
    expect(first?.status()).toBe(401);
    const headers = first!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    await screenshot(page, 'login');

    await page.getByLabel('Page password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/not right/);
    await page.getByLabel('Page password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/import$/);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'salesmania_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false });
    await page.goto(`${rig.serve.url}/connection`);
    const html = await page.content();
    expect(html).not.toContain(`>${rig.sandbox.credentials.password}<`);
    expect(html).not.toContain(PASSWORD);
    await page.close();
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const res = await fetch(`${rig.serve.url}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; Secure; SameSite=Strict/i);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { cookie, csrf } = await visit(`${rig.serve.url}/login`);
    const login = await fetch(`${rig.serve.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, password: PASSWORD }),
    });
    expect(login.status).toBe(303);
    const signedIn = (login.headers.get('set-cookie') ?? '').split(';')[0];
    signedInCookie = signedIn;
    const page = await fetch(`${rig.serve.url}/import`, { headers: { cookie: signedIn } });
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];

    const form = () => {
      const f = new FormData();
      f.set('entity', 'customers');
      f.set('file', new Blob(['ext_cust_no,name\nA,B\n']), 'a.csv');
      return f;
    };
    const noToken = await fetch(`${rig.serve.url}/import/upload`, {
      method: 'POST',
      headers: { cookie: signedIn },
      body: form(),
    });
    expect(noToken.status).toBe(403);
    const wrong = form();
    wrong.set('_csrf', csrf); // the token of the session before sign-in
    const stale = await fetch(`${rig.serve.url}/import/upload`, {
      method: 'POST',
      headers: { cookie: signedIn },
      body: wrong,
    });
    expect(stale.status).toBe(403);
    const good = form();
    good.set('_csrf', token);
    const ok = await fetch(`${rig.serve.url}/import/upload`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: signedIn },
      body: good,
    });
    expect(ok.status).toBe(303);
  });

  it('limits failed sign-ins', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { cookie, csrf } = await visit(`${rig.serve.url}/login`);
      const res = await fetch(`${rig.serve.url}/login`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, password: `wrong-${i}` }),
      });
      statuses.push(res.status);
    }
    // The failure of the earlier test counts too: the limit is five per address and window.
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect(statuses[0]).toBe(401);
  });

  // Last: the server answers 413 before the body is read and closes that connection.
  it('refuses an upload over SALESMANIA_MAX_FILE_MB', async () => {
    const page = await fetch(`${rig.serve.url}/import`, { headers: { cookie: signedInCookie } });
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];
    const big = new FormData();
    big.set('_csrf', token);
    big.set('entity', 'customers');
    big.set('file', new Blob(['x'.repeat(2 * 1024 * 1024)]), 'big.csv');
    const tooBig = await fetch(`${rig.serve.url}/import/upload`, {
      method: 'POST',
      headers: { cookie: signedInCookie },
      body: big,
    });
    expect(tooBig.status).toBe(413);
    await expect(tooBig.text()).resolves.toMatch(/SALESMANIA_MAX_FILE_MB/);
  });
});
