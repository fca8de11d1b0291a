import { creditCodeCheckChar } from '../../src/domain/sampling/credit-code.js';

/** A valid 统一社会信用代码 (GB 32100 check character) for an enterprise in `region`, numbered by `n`. */
export function creditCodeFor(region: string, n: number): string {
  const first17 = `92${region}${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17)!;
}
