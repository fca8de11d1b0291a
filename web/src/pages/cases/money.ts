/** Amounts the way officials write them: 100000 → 10万元, 2500.5 → 2500.5元 (as the server's reasons do). */
export function yuanText(n: number): string {
  return n >= 10_000 && n % 10_000 === 0 ? `${n / 10_000}万元` : `${n}元`;
}
