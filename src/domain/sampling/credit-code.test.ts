import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar, creditCodeRegion } from './credit-code.js';

/** Makes a valid code from 17 characters (for fixtures elsewhere too). */
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

describe('credit code (GB 32100)', () => {
  it('accepts published codes', () => {
    // Codes printed on real business licences.
    for (const code of ['91350100M000100Y43', '91110000802100433B', '914403001922038216', '91440300708461136T']) {
      expect(checkCreditCode(code)).toEqual({ ok: true, code });
    }
  });

  it('rejects a wrong check character and names the expected one', () => {
    const result = checkCreditCode('91350100M000100Y44');
    expect(result).toEqual({ ok: false, reason: '统一社会信用代码校验位错误（应为 3）' });
  });

  it('normalises full-width characters, lower case and spaces', () => {
    expect(checkCreditCode(' ９１４４０３００７０８４６１１３６t ')).toEqual({ ok: true, code: '91440300708461136T' });
  });

  it('rejects wrong length and forbidden letters', () => {
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, reason: expect.stringContaining('18位') });
    expect(checkCreditCode('91350100M0001O0Y43')).toMatchObject({ ok: false, reason: expect.stringContaining('不允许的字符') });
  });

  it('handles a check value of 0 (sum divisible by 31)', () => {
    const code = withCheck('9151010000000000A');
    expect(checkCreditCode(code).ok).toBe(true);
  });

  it('reads the region from positions 3–8', () => {
    expect(creditCodeRegion('91350100M000100Y43')).toBe('350100');
  });
});
