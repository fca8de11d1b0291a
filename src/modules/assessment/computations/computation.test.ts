import { describe, expect, it } from 'vitest';
import { iso } from './computation.js';

describe('iso', () => {
  it('reads both drivers\' timestamps the same way', () => {
    expect(iso(new Date('2026-11-16T15:59:59.999Z'))).toBe('2026-11-16T15:59:59.999Z');
    expect(iso('2026-11-16 15:59:59.999+00')).toBe('2026-11-16T15:59:59.999Z');
    expect(iso('2026-11-16 23:59:59+08')).toBe('2026-11-16T15:59:59.000Z');
    expect(iso(null)).toBeNull();
  });
});
