import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { rejectNulBytes } from './reject-nul-bytes.js';

const details = (input: Parameters<typeof rejectNulBytes>[0]) => {
  try {
    rejectNulBytes(input);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).details;
  }
};

describe('rejectNulBytes', () => {
  it('lets ordinary input through, including other control characters and non-strings', () => {
    expect(details({ params: { id: 'a' }, query: { q: '成都\t武侯' }, body: { n: 1, list: ['x', null], nested: { ok: true } } })).toBeNull();
  });

  it('names every field holding a NUL, in the query, the params and nested bodies', () => {
    expect(details({ query: { q: 'a\u0000b' }, params: { id: '\u0000' }, body: { items: [{ note: 'x\u0000' }] } })).toEqual({
      q: '不能包含空字符',
      id: '不能包含空字符',
      'items.0.note': '不能包含空字符',
    });
  });

  it('refuses a NUL in an object key and a bare string body', () => {
    expect(details({ body: { ['k\u0000']: 1 } })).toEqual({ 'k\u0000': '不能包含空字符' });
    expect(details({ body: '\u0000' })).toEqual({ _: '不能包含空字符' });
  });
});
