/**
 * Puts the server's field-level messages (`error.details`) onto the matching form fields.
 * The server names nested fields with dots (`sampledParty.creditCode`, `items.0.resultText`);
 * the form knows them as name paths (`['sampledParty', 'creditCode']`, `['items', 0, 'resultText']`).
 */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

export type NamePath = string | (string | number)[];

/** `items.0.resultText` → `['items', 0, 'resultText']`; a plain `username` stays a string. */
export function detailKeyToNamePath(key: string): NamePath {
  if (!key.includes('.')) return key;
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Whether a detail key is one of the form's fields. A pattern may use `*` for a list index:
 * `items.*.resultText` accepts `items.3.resultText`.
 */
export function matchesField(key: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    if (pattern === key) return true;
    if (!pattern.includes('*')) return false;
    const p = pattern.split('.');
    const k = key.split('.');
    return p.length === k.length && p.every((part, i) => part === k[i] || (part === '*' && /^\d+$/.test(k[i])));
  });
}

/** The server's field messages for fields this form has. */
export function fieldErrorsFor(error: unknown, fieldNames: readonly string[]): { name: NamePath; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.fieldErrors)
    .filter(([key]) => matchesField(key, fieldNames))
    .map(([key, message]) => ({ name: detailKeyToNamePath(key), errors: [message] }));
}

/** The server's field messages for fields this form does not have (to show some other way). */
export function otherFieldErrors(error: unknown, fieldNames: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.fieldErrors)
    .filter(([key]) => !matchesField(key, fieldNames))
    .map(([, message]) => message);
}

/** Returns true when at least one message landed on a field, so the caller need not show it again. */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): boolean {
  const fields = fieldErrorsFor(error, fieldNames);
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}

/** True for the server's optimistic-lock refusal (someone saved the record first). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'VERSION_CONFLICT';
}

/**
 * A form's failed submit: puts the field messages on their fields and returns what is left to
 * say above the form — `conflict` for a version conflict, else the server's message with any
 * field messages the form could not show; null when everything landed on a field.
 */
export function formProblem(form: FormInstance, error: unknown, fieldNames: readonly string[], conflict: string): string | null {
  if (isVersionConflict(error)) return conflict;
  const landed = applyFieldErrors(form, error, fieldNames);
  const others = otherFieldErrors(error, fieldNames);
  if (landed && others.length === 0) return null;
  const main = error instanceof Error ? error.message : '';
  return [...new Set([main, ...others].filter(Boolean))].join('；');
}
