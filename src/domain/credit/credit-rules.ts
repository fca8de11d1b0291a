/**
 * Rules of the Credit Division's work (信用监督管理处, seed art. 13) that need no database:
 * who may publish and keep the dishonest list, and the dates of a listing.
 */

/** The business the Credit Division carries in org_units.businesses. */
export const CREDIT_BUSINESS = 'credit';

/**
 * Publishing to the national system and keeping the 严重违法失信名单 is the Credit Division's
 * duty, not any holder of the permission: the permission says what a role may do, the unit's
 * business says whose job it is (a 抽检监测处 officer holds credit.manage through the same role).
 */
export function mayManageCredit(input: { permissions: readonly string[]; businesses: readonly string[] }): boolean {
  return input.permissions.includes('credit.manage') && input.businesses.includes(CREDIT_BUSINESS);
}

/**
 * A date plus whole months, as the law counts "listed for N months": the same day of the month,
 * or the month's last day when it has no such day (2024-01-31 + 1 month = 2024-02-29).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The earliest date a listed enterprise may apply to be removed early: listedOn plus the months
 * of rule setting dishonest.reviewAfterMonths. Null when the setting is missing (the date is
 * then unknown rather than guessed).
 */
export function reviewableOn(listedOn: string, months: number | null | undefined): string | null {
  if (months === null || months === undefined || !Number.isInteger(months) || months < 0) return null;
  return addMonths(listedOn, months);
}

/** A listed entry whose review date has come: the list marks it for the officer to check. */
export function isReviewDue(entry: { status: string; reviewableOn: string | null }, today: string): boolean {
  return entry.status === 'listed' && entry.reviewableOn !== null && entry.reviewableOn <= today;
}

/** Unit kinds that are administrative organs in their own name; divisions act for the province bureau. */
const ORGANS = ['province_bureau', 'city_bureau', 'county_bureau'];

/**
 * The authority (作出决定机关) a publication names: a bureau decides in its own name; a provincial
 * division or affiliated unit is not an administrative organ, so its records carry the province
 * bureau's name.
 */
export function authorityName(unit: { name: string; kind: string }, provinceBureauName: string): string {
  return ORGANS.includes(unit.kind) ? unit.name : provinceBureauName;
}
