import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, parseComplaintKey, personalDataCipher } from './personal-data-cipher.js';

describe('the complainant cipher', () => {
  const cipher = personalDataCipher(randomBytes(32));

  it('round-trips, with a fresh IV each time, and refuses a tampered value', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1381234');
    expect(cipher.decrypt(a)).toBe('13812345678');
    const tampered = a.slice(0, -2) + (a.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => personalDataCipher(randomBytes(32)).decrypt(a)).toThrow();
  });

  it('fingerprints the same value alike, ignoring spaces, and differently under another key', () => {
    expect(cipher.fingerprint('138 1234 5678')).toBe(cipher.fingerprint('13812345678'));
    expect(personalDataCipher(randomBytes(32)).fingerprint('13812345678')).not.toBe(cipher.fingerprint('13812345678'));
  });

  it('reads values under a previous key during a rotation, and tells which are not under the current one', () => {
    const old = randomBytes(32);
    const fresh = randomBytes(32);
    const underOld = personalDataCipher(old).encrypt('张三');
    const rotating = personalDataCipher(fresh, [old]);
    expect(rotating.decrypt(underOld)).toBe('张三');
    expect(rotating.isCurrent(underOld)).toBe(false);
    expect(rotating.isCurrent(rotating.encrypt('张三'))).toBe(true);
    expect(() => personalDataCipher(fresh).decrypt(underOld)).toThrow();
    expect(() => rotating.decrypt(personalDataCipher(randomBytes(32)).encrypt('张三'))).toThrow();
  });

  it('reads the key as hex or base64 of 32 bytes only', () => {
    const key = randomBytes(32);
    expect(parseComplaintKey(key.toString('hex'))).toEqual(key);
    expect(parseComplaintKey(key.toString('base64'))).toEqual(key);
    expect(parseComplaintKey('short')).toBeNull();
  });

  it('masks names and phones', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李')).toBe('李*');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
