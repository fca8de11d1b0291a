/** How the ledger reads: the default period, the completion rate, a step's cell, the chart's series. */
import { ledgerMessages } from './messages';
import type { LedgerSummary, StepState, UnitCounts } from './ledger-api';

const m = ledgerMessages;

/** This calendar year (in the browser's reckoning of the Shanghai date). */
export function defaultPeriod(now: Date): { periodFrom: string; periodTo: string } {
  const year = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
  return { periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` };
}

/** 五个到位完成率 in percent, one decimal; 0 for an empty ledger. */
export function completionRate(s: Pick<LedgerSummary, 'disposals' | 'fiveInPlaceComplete'>): number {
  return s.disposals > 0 ? Math.round((s.fiveInPlaceComplete / s.disposals) * 1000) / 10 : 0;
}

export interface StepCell {
  inPlace: boolean;
  label: string;
  date: string | null;
}

/** 到位 with its date, or 未到位. */
export function stepCell(state: StepState | undefined): StepCell {
  const inPlace = state?.status === 'done';
  return { inPlace, label: inPlace ? m.inPlace : m.notInPlace, date: inPlace ? (state?.doneOn ?? null) : null };
}

export interface UnitSeries {
  categories: string[];
  closed: number[];
  inProgress: number[];
  overdue: number[];
}

/** Per unit: closed, in progress (not overdue) and overdue, which stack up to the unit's total. */
export function unitSeries(items: UnitCounts[], label: (u: UnitCounts) => string): UnitSeries {
  return {
    categories: items.map(label),
    closed: items.map((u) => u.closed),
    inProgress: items.map((u) => Math.max(0, u.total - u.closed - u.overdue)),
    overdue: items.map((u) => u.overdue),
  };
}
