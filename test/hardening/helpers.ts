/**
 * Helpers for the hardening tests (issue 7): generated input files, the faults a test keeps up
 * while the CLI runs, and what the sandbox holds afterwards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Customer } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/** Data paths of the API: everything but login, databases and team token. */
export const DATA_PATH = /\/(customers|products|visits|orders|teams)(\/|$)/;

/** A CSV line, quoting cells that need it. */
export function csvLine(cells: Array<string | number>): string {
  return cells
    .map((c) => {
      const s = String(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

export function csvText(headers: string[], rows: Array<Array<string | number>>): string {
  return [headers, ...rows].map(csvLine).join('\n') + '\n';
}

/** The fields of a customer a person sees (no id, no timestamps), for comparing two servers. */
export function customerFields(c: Customer): Record<string, unknown> {
  return {
    ext_cust_no: c.ext_cust_no,
    name: c.name,
    address: c.address,
    city: c.city,
    phone: c.phone,
    location: c.location,
    status: c.status,
    tags: c.tags,
  };
}

/** Every customer's visible fields, sorted by ext_cust_no then name: equal lists mean equal servers. */
export function customerSnapshot(sandbox: Sandbox): Array<Record<string, unknown>> {
  return sandbox.state
    .customers()
    .map(customerFields)
    .sort((a, b) =>
      `${String(a.ext_cust_no)}\u0000${String(a.name)}`.localeCompare(
        `${String(b.ext_cust_no)}\u0000${String(b.name)}`,
      ),
    );
}

/** Record ids per external key. */
export function idsByKey<T>(
  records: T[],
  keyOf: (r: T) => string | null | undefined,
  idOf: (r: T) => unknown,
) {
  const map = new Map<string, unknown[]>();
  for (const r of records) {
    const key = keyOf(r);
    if (key) map.set(key, [...(map.get(key) ?? []), idOf(r)]);
  }
  return map;
}

/**
 * Faults a test keeps up while the CLI runs, counted in requests rather than in time (a slow
 * machine meets as many of them as a fast one): every `burstEvery` requests a burst of 429s (the
 * server's limiter kicking in: the next six requests are refused, whatever they are), and every
 * `expireEvery` requests every bearer token expired, on top of the sandbox's own short token
 * lifetime. Each strikes first after half its period, so even a short run meets it.
 */
export function keepFaults(
  sandbox: Sandbox,
  options: { burstEvery: number; expireEvery?: number },
): { stop: () => void; bursts: () => number } {
  let requests = 0;
  let bursts = 0;
  const strikes = (every: number | undefined): boolean => {
    const first = Math.floor((every ?? 0) / 2);
    return every !== undefined && requests >= first && (requests - first) % every === 0;
  };
  const stopListening = sandbox.onRequest(() => {
    requests += 1;
    if (strikes(options.burstEvery)) {
      bursts += 1;
      sandbox.script({ action: 'status', status: 429, retryAfterSec: 1, times: 6 });
    }
    if (strikes(options.expireEvery)) sandbox.expireTokens();
  });
  return {
    stop: () => {
      stopListening();
      sandbox.clearScript();
    },
    bursts: () => bursts,
  };
}

/** Counts of the faults the sandbox applied, by kind, and of answers by status. */
export function faultCounts(sandbox: Sandbox): {
  faults: Record<string, number>;
  statuses: Record<number, number>;
} {
  const faults: Record<string, number> = {};
  const statuses: Record<number, number> = {};
  for (const r of sandbox.requests) {
    if (r.fault) faults[r.fault] = (faults[r.fault] ?? 0) + 1;
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  return { faults, statuses };
}

/** The journal's lines (torn last line skipped), or [] while it does not exist. */
export function journalEntries(path: string): Array<Record<string, unknown>> {
  if (!existsSync(path)) return [];
  const out: Array<Record<string, unknown>> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a line being written right now
    }
  }
  return out;
}

/** Files in a folder, hidden ones included, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Resolves once `check()` is true (polling every `everyMs`); false when `timeoutMs` passed first. */
export async function until(check: () => boolean, timeoutMs: number, everyMs = 5): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return true;
}

/** A small seeded generator (mulberry32), so a failing random choice can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text forms of a secret that could leak: as is, URL-encoded (both ways) and base64. */
export function secretForms(secret: string): string[] {
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    new URLSearchParams({ x: secret }).toString().slice(2),
    Buffer.from(secret, 'utf8').toString('base64'),
    Buffer.from(secret, 'utf8').toString('base64url'),
  ]);
  return [...forms];
}
