import { describe, expect, it } from 'vitest';
import { isLocked, isPasswordStrong } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['Demo#2026', true],
    ['abcdEFGH', false], // two classes
    ['abcdEF12', true],
    ['Ab1#', false], // too short
    ['abcdefgh1!', true],
    ['12345678', false],
  ])('judges %s strong = %s', (password, strong) => {
    expect(isPasswordStrong(password)).toBe(strong);
  });

  it('treats an account as locked until the lock end, not at it', () => {
    const lockedUntil = new Date('2026-11-29T08:15:00Z');
    expect(isLocked(lockedUntil, new Date('2026-11-29T08:14:59Z'))).toBe(true);
    expect(isLocked(lockedUntil, new Date('2026-11-29T08:15:00Z'))).toBe(false);
    expect(isLocked(null, new Date('2026-11-29T08:00:00Z'))).toBe(false);
  });
});
