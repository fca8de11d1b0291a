import { DomainError } from '../domain/errors.js';

const NUL = '\u0000';
const MESSAGE = '不能包含空字符';

/** Every string (and object key) under `value` that holds a NUL, as { "field.path": message }. */
function collect(value: unknown, path: string, found: Record<string, string>, depth: number) {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found[path || '_'] ??= MESSAGE;
    return;
  }
  // Bodies are limited in size (BODY_LIMIT_BYTES); the depth bound only guards the recursion.
  if (value === null || typeof value !== 'object' || depth > 64) return;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) found[at] ??= MESSAGE;
    collect(item, at, found, depth + 1);
  }
}

/**
 * Refuses a request whose parameters, query or body hold a NUL character (`%00`, `\u0000`), with
 * 400 and the fields named. PostgreSQL cannot store NUL in text or jsonb and fails the statement,
 * so without this check such input reached the database and came back as 500; one check at the
 * edge covers every route, including its free-text filters.
 */
export function rejectNulBytes(input: { params?: unknown; query?: unknown; body?: unknown }) {
  const found: Record<string, string> = {};
  collect(input.params, '', found, 0);
  collect(input.query, '', found, 0);
  collect(input.body, '', found, 0);
  if (Object.keys(found).length) throw new DomainError('VALIDATION_FAILED', found);
}
