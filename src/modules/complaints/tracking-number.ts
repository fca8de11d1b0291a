import { randomInt } from 'node:crypto';
import { toLocalDate } from '../../domain/time.js';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The complainant's 查询编号: TS + the local date + 8 random characters (no 0/O, 1/I). 32^8 ≈ 10^12
 * per day, so a number cannot be guessed; the query page also asks for the phone's last four digits.
 */
export function newTrackingNo(now: Date): string {
  let tail = '';
  for (let i = 0; i < 8; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `TS${toLocalDate(now).replaceAll('-', '')}${tail}`;
}
