import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, isPasswordStrong } from './password-policy.js';

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

  it('locks for 15 minutes on the fifth consecutive failure, not before', () => {
    const now = new Date('2026-11-29T08:00:00Z');
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 4; i++) state = afterFailedLogin(state.failedLogins, now);
    expect(state).toEqual({ failedLogins: 4, lockedUntil: null });
    state = afterFailedLogin(state.failedLogins, now);
    expect(state.lockedUntil?.toISOString()).toBe('2026-11-29T08:15:00.000Z');
    expect(isLocked(state.lockedUntil, new Date('2026-11-29T08:14:59Z'))).toBe(true);
    expect(isLocked(state.lockedUntil, new Date('2026-11-29T08:15:00Z'))).toBe(false);
  });
});
