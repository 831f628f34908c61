/**
 * Validation primitives in the style of the server's 422 answers: every bad field is reported
 * at once under its dotted path, with Laravel-like reasons. Each check records an error and
 * returns the accepted value (or undefined), so a rule reads top to bottom like the table in
 * docs/ARCHITECTURE.md, "API".
 */
import { isBusinessDate } from './dates.js';

export type Json = Record<string, unknown>;

export class FieldErrors {
  readonly errors: Record<string, string[]> = {};

  add(path: string, reason: string): void {
    (this.errors[path] ??= []).push(reason);
  }

  get any(): boolean {
    return Object.keys(this.errors).length > 0;
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Present = the key is in the body (a PATCH only touches present fields). */
export function has(body: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key) && body[key] !== undefined;
}

export function required(errs: FieldErrors, body: Json, key: string, path: string): boolean {
  if (has(body, key) && body[key] !== null && body[key] !== '') return true;
  errs.add(path, `The ${path} field is required.`);
  return false;
}

interface StringRule {
  max?: number;
  nonEmpty?: boolean;
}

export function str(
  errs: FieldErrors,
  value: unknown,
  path: string,
  rule: StringRule = {},
): string | undefined {
  if (typeof value !== 'string') {
    errs.add(path, `The ${path} field must be a string.`);
    return undefined;
  }
  if (rule.nonEmpty && value.trim() === '') {
    errs.add(path, `The ${path} field is required.`);
    return undefined;
  }
  if (rule.max !== undefined && [...value].length > rule.max) {
    errs.add(path, `The ${path} field must not be greater than ${rule.max} characters.`);
    return undefined;
  }
  return value;
}

/** A nullable optional string: null clears it. */
export function optStr(errs: FieldErrors, body: Json, key: string, path = key): string | null | undefined {
  if (!has(body, key)) return undefined;
  if (body[key] === null) return null;
  return str(errs, body[key], path);
}

export function num(
  errs: FieldErrors,
  value: unknown,
  path: string,
  min?: number,
  max?: number,
): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errs.add(path, `The ${path} field must be a number.`);
    return undefined;
  }
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    errs.add(path, `The ${path} field must be between ${min} and ${max}.`);
    return undefined;
  }
  return value;
}

export function int(errs: FieldErrors, value: unknown, path: string, min?: number): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errs.add(path, `The ${path} field must be an integer.`);
    return undefined;
  }
  if (min !== undefined && value < min) {
    errs.add(path, `The ${path} field must be at least ${min}.`);
    return undefined;
  }
  return value;
}

export function bool(errs: FieldErrors, value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  errs.add(path, `The ${path} field must be true or false.`);
  return undefined;
}

export function stringList(errs: FieldErrors, value: unknown, path: string): string[] | undefined {
  if (!Array.isArray(value)) {
    errs.add(path, `The ${path} field must be an array.`);
    return undefined;
  }
  let ok = true;
  value.forEach((item, i) => {
    if (typeof item !== 'string') {
      errs.add(`${path}.${i}`, `The ${path}.${i} field must be a string.`);
      ok = false;
    }
  });
  return ok ? (value as string[]) : undefined;
}

export function businessDate(errs: FieldErrors, value: unknown, path: string): string | undefined {
  if (isBusinessDate(value)) return value;
  errs.add(path, `The ${path} field must be a valid date in the format YYYY-MM-DD.`);
  return undefined;
}

const CHAIN_RE = /^\d+(?:\.\d+)?(?:\+\d+(?:\.\d+)?)*$/;

/** A discount chain such as "5" or "55.55+3": percentages applied one after another. */
export function discountChain(errs: FieldErrors, value: unknown, path: string): string | undefined {
  const ok =
    typeof value === 'string' && CHAIN_RE.test(value) && value.split('+').every((p) => Number(p) <= 100);
  if (ok) return value;
  errs.add(path, `The ${path} field must be a discount chain such as "5" or "55.55+3".`);
  return undefined;
}

export function oneOf<T extends string>(
  errs: FieldErrors,
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  errs.add(path, `The selected ${path} is invalid. Allowed: ${allowed.join(', ')}.`);
  return undefined;
}

export function notFound(errs: FieldErrors, path: string): undefined {
  errs.add(path, `The selected ${path} is invalid.`);
  return undefined;
}
