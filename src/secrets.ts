/**
 * One registry of secret values (password, bearer token, team token) for the whole process, and
 * the filter for text meant for people: log lines, error messages, notifications, the page.
 * `redact` replaces each known secret (and its URL-encoded and base64 forms) with `***` where it
 * stands as a whole token — never inside a longer word, so the password "salah" leaves the word
 * "Kesalahan" alone. Registering at the source means a new log call or a new error path cannot
 * forget to hide a token.
 *
 * Data files (journals, plans, result and errors sheets, exports) are never passed through here:
 * they hold the user's data and paths exactly (a password "demo" must not turn the address
 * "Jl. demo Raya 5" into "Jl. *** Raya 5" in a before-image that undo writes back). What could
 * carry a secret into them — a server's error text, a URL — is scrubbed where it enters
 * (docs/SECRETS.md).
 */
const secretForms = new Set<string>();
const MASK = '***';
/** Letters, digits and `_`: a match next to one of these would be part of a longer word. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** All forms in one expression, longest first (a secret containing another is masked whole). */
let pattern: RegExp | undefined;

function formsOf(value: string): string[] {
  const forms = new Set([value, encodeURIComponent(value), encodeURI(value)]);
  forms.add(Buffer.from(value, 'utf8').toString('base64'));
  return [...forms].filter((form) => form.length >= 4);
}

/** A form as a whole token: no word character may touch it where its own edge is one. */
function tokenSource(form: string): string {
  const escaped = form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const before = WORD_CHAR.test(form[0]) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_CHAR.test(form[form.length - 1]) ? '(?![\\p{L}\\p{N}_])' : '';
  return `${before}${escaped}${after}`;
}

function rebuild(): void {
  const forms = [...secretForms].sort((a, b) => b.length - a.length);
  pattern = forms.length ? new RegExp(forms.map(tokenSource).join('|'), 'gu') : undefined;
}

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 4) return; // too short to hide without masking ordinary text
  const size = secretForms.size;
  for (const form of formsOf(value)) secretForms.add(form);
  if (secretForms.size !== size) rebuild();
}

/** Registers `username:password` as it appears base64-encoded in a Basic header. */
export function registerBasicCredentials(username: string, password: string): void {
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
}

/** Text for people with every registered secret that stands as a whole token masked. */
export function redact(text: string): string {
  if (!pattern || !text) return text;
  return text.replace(pattern, MASK);
}

/** Removes query parameters that carry secrets from a URL string (e.g. team_token). */
export function stripSecretParams(url: string): string {
  return url.replace(/([?&](?:team_token|token|access_token|password)=)[^&#\s]*/gi, `$1${MASK}`);
}

/** A value that came from outside (a server's answer, a library's message, a URL), made safe to keep. */
export function scrubText(text: string): string {
  return redact(stripSecretParams(text));
}

/**
 * Message params from outside, scrubbed one by one (strings, and strings inside nested catalog
 * references), so a message can be rendered from the catalog without filtering its own words.
 */
export function scrubParams<T>(value: T): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubParams(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubParams(v);
    return out as T;
  }
  return value;
}
