/** Puts the server's field-level messages (`error.details`) onto the matching form fields. */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** The server's field messages for fields this form has. */
export function fieldErrorsFor(error: unknown, fieldNames: readonly string[]): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.fieldErrors)
    .filter(([name]) => fieldNames.includes(name))
    .map(([name, message]) => ({ name, errors: [message] }));
}

/** Returns true when at least one message landed on a field, so the caller need not show it again. */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): boolean {
  const fields = fieldErrorsFor(error, fieldNames);
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}
