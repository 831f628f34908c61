/** Helpers of the stop/kill tests: keyless files (no ext_cust_no), told apart on the server by name. */
import type { Sandbox } from '../../src/sandbox/index.js';

/** `count` customers without a key, named `Toko <prefix>00001`…, as CSV text with a header. */
export function keylessCustomersCsv(prefix: string, count: number): string {
  const lines = ['name,city,phone'];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(5, '0');
    lines.push(`Toko ${prefix}${n},Semarang,0812${n}`);
  }
  return lines.join('\n') + '\n';
}

/** How many stored customers carry each `Toko <prefix>…` name. */
export function storedNameCounts(sandbox: Sandbox, prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of sandbox.state.customers()) {
    const name = String(c.name);
    if (name.startsWith(`Toko ${prefix}`)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
