/**
 * One registry of secret values (password, bearer token, team token) for the whole process.
 * Everything that leaves the process as text — log lines, error messages, result sheets,
 * journals — can be passed through `redact`, which replaces each known secret (and its
 * URL-encoded and base64 forms) with `***`. Registering at the source means a new log
 * call or a new error path cannot forget to hide a token.
 */
const secretForms = new Set<string>();
const MASK = '***';

function formsOf(value: string): string[] {
  const forms = new Set([value, encodeURIComponent(value), encodeURI(value)]);
  forms.add(Buffer.from(value, 'utf8').toString('base64'));
  return [...forms].filter((form) => form.length >= 4);
}

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 4) return; // too short to hide without masking ordinary text
  for (const form of formsOf(value)) secretForms.add(form);
}

/** Registers `username:password` as it appears base64-encoded in a Basic header. */
export function registerBasicCredentials(username: string, password: string): void {
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
}

export function redact(text: string): string {
  if (secretForms.size === 0 || !text) return text;
  let out = text;
  // Longest first, so a secret containing another is masked whole.
  for (const form of [...secretForms].sort((a, b) => b.length - a.length)) {
    if (out.includes(form)) out = out.split(form).join(MASK);
  }
  return out;
}

/** Removes query parameters that carry secrets from a URL string (e.g. team_token). */
export function stripSecretParams(url: string): string {
  return url.replace(/([?&](?:team_token|token|access_token|password)=)[^&#\s]*/gi, `$1${MASK}`);
}
