const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 as written in a date: 九, 十, 十一, 二十, 二十九, 三十一. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * A date as official documents write it under the signature: 2026-11-29 → 二〇二六年十一月二十九日.
 * The year is read digit by digit (〇 for zero), month and day as numbers.
 */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`chineseDate: expected YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  const yearText = [...year].map((d) => DIGITS[Number(d)]).join('');
  return `${yearText}年${chineseNumber(Number(month))}月${chineseNumber(Number(day))}日`;
}

/** A date in running text (正文): 2026-11-20 → 2026年11月20日. */
export function textDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
