import { endOfLocalDay, toLocalDate } from '../time.js';

/**
 * Rules of sampling plans (抽检监测计划) and sampling suggestions (抽检建议), as data: how a
 * quota's region covers sample regions, progress, deadlines. The actions each state allows are
 * their workflow tables (src/domain/workflow/plan.ts).
 */

export const samplingTypes = ['supervisory', 'risk_monitoring', 'evaluative'] as const;
export const planKinds = ['routine', 'follow_up', 'targeted'] as const;
export const planStatuses = ['active', 'closed'] as const;
export const suggestionStatuses = ['pending', 'accepted', 'declined'] as const;
/**
 * What a unit puts to 抽检监测处: a sampling suggestion (抽检建议, seed arts. 7–10 and 16(2)) or a
 * risk warning (风险预警提示, art. 16(6): the institute's warning from its analysis of results).
 * Both are answered the same way: taken into a plan (follow-up sampling) or declined with a reason.
 */
export const suggestionKinds = ['sampling', 'risk_warning'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];
export const suggestionKindNames: Record<SuggestionKind, string> = { sampling: '抽检建议', risk_warning: '风险预警提示' };

export type PlanStatus = (typeof planStatuses)[number];
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/**
 * Units whose plans are provincial: city and county bureaus carry these out, so every unit may
 * read them (org_units.kind).
 */
export const provinceLevelUnitKinds = ['province_bureau', 'division', 'affiliated_unit', 'lab'] as const;

export function isProvinceLevelUnit(kind: string): boolean {
  return (provinceLevelUnitKinds as readonly string[]).includes(kind);
}

/** Days the sampling division has to answer a suggestion (calendar days). */
export const SUGGESTION_REVIEW_DAYS = 30;

/** A suggestion must be answered by the end of the 30th calendar day after it was made (Asia/Shanghai). */
export function suggestionReviewDue(createdAt: Date): Date {
  const day = new Date(`${toLocalDate(createdAt)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + SUGGESTION_REVIEW_DAYS);
  return endOfLocalDay(day.toISOString().slice(0, 10));
}

/**
 * The sample region codes a quota's region covers, as an inclusive range of 6-digit codes:
 * a county is itself; a city (XXXX00) its counties XXXX00–XXXX99; the province (XX0000) all of it.
 */
export function quotaRegionRange(regionCode: string): { from: string; to: string } {
  if (regionCode.endsWith('0000')) return { from: regionCode, to: `${regionCode.slice(0, 2)}9999` };
  if (regionCode.endsWith('00')) return { from: regionCode, to: `${regionCode.slice(0, 4)}99` };
  return { from: regionCode, to: regionCode };
}

/** Progress against a quota, 0–100, rounded down (199 of 200 is not yet done). */
export function progressPercent(sampled: number, quota: number): number {
  if (quota <= 0) return 0;
  return Math.min(100, Math.floor((sampled * 100) / quota));
}
