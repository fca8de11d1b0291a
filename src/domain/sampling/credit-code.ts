/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from "0-9A-Z" without I, O, Z, S, V;
 * position 1 registration authority, 2 organisation kind, 3–8 region code, 9–17 organisation
 * code, 18 check character over the first 17 (weights 3^(i) mod 31).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; reason: string };

/** Normalises (full-width, lower case, spaces) and validates; the reason is the Chinese message. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `统一社会信用代码应为18位，实际为${code.length}位` };
  if (![...code].every((c) => ALPHABET.includes(c))) return { ok: false, reason: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）' };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return { ok: false, reason: `统一社会信用代码校验位错误（应为 ${expected}）` };
  return { ok: true, code };
}

/** Region (GB/T 2260) embedded in positions 3–8 of a credit code. */
export function creditCodeRegion(code: string): string {
  return code.slice(2, 8);
}
