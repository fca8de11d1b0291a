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

/**
 * Who lists an enterprise on the 严重违法失信名单 for a penalty (《市场监督管理严重违法失信名单
 * 管理办法》, level S): the authority that decided the penalty ("谁处罚、谁列入"). A city or county
 * bureau lists with the approval of the level above (设区的市级、县级 … 报经上一级市场监督管理部门
 * 同意): a county's by its city bureau, a city's by the province bureau, for which 信用处 acts
 * (seed art. 13). A case of the province bureau (稽查局 or another provincial unit) is listed by
 * 信用处 at once.
 */
export function listingAuthority(owner: { id: string; kind: string; parentId: string | null }, creditDivisionId: string): { listedByUnitId: string; approverUnitId: string | null } {
  if (owner.kind === 'county_bureau') return { listedByUnitId: owner.id, approverUnitId: owner.parentId };
  if (owner.kind === 'city_bureau') return { listedByUnitId: owner.id, approverUnitId: creditDivisionId };
  return { listedByUnitId: creditDivisionId, approverUnitId: null };
}

/** How a listing ends: at the end of its period, early on the enterprise's application after the review date, or when its decision falls. */
export const removalKinds = ['expired', 'early', 'decisionRevoked'] as const;
export type RemovalKind = (typeof removalKinds)[number];
export const removalKindNames: Record<RemovalKind, string> = {
  expired: '列入期满移出',
  early: '信用修复提前移出',
  decisionRevoked: '行政处罚决定被撤销、变更或确认违法、无效',
};

/**
 * Why a removal cannot be recorded, or null: a period's end is reached on `expiresOn`; early
 * removal is possible from `reviewableOn` (one year, level S); a decision revoked ends the
 * listing at any time. Not before the listing, not in the future.
 */
export function removalRefusal(entry: { listedOn: string; reviewableOn: string | null; expiresOn: string | null }, kind: RemovalKind, removedOn: string, today: string): { field: string; message: string } | null {
  if (removedOn > today) return { field: 'removedOn', message: '移出日期不能晚于今天' };
  if (removedOn < entry.listedOn) return { field: 'removedOn', message: `移出日期不能早于列入日期（${entry.listedOn}）` };
  if (kind === 'expired' && entry.expiresOn && removedOn < entry.expiresOn) return { field: 'removalKind', message: `列入期限至${entry.expiresOn}届满，尚未期满` };
  if (kind === 'early' && entry.reviewableOn && removedOn < entry.reviewableOn) return { field: 'removalKind', message: `列入满一年（${entry.reviewableOn}）后方可申请提前移出` };
  return null;
}

/** A listed entry whose period has ended: the list marks it for removal. */
export function isExpiryDue(entry: { status: string; expiresOn: string | null }, today: string): boolean {
  return entry.status === 'listed' && entry.expiresOn !== null && entry.expiresOn <= today;
}
