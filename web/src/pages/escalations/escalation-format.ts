/** How the 督办 pages read: the list and board queries, the enterprise search, the chart, the by-rule rows. */
import type { QueryParams } from '../../api/client';
import type { OrgUnit } from '../../api/types';
import type { BoardCounts, EscalationBoard, EscalationRule, UnitBoardCounts } from './escalations-api';
import type { EscalationFilters, EscalationListState } from './escalation-filters';

export const DEFAULT_STATUS = 'active';

export const isActive = (status: string) => status === 'open' || status === 'reported';

/** GB 32100: 18 characters, registration authority and kind, 6-digit region, then 10 of the code's alphabet. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * One search box for the enterprise: a whole credit code is looked up exactly (names can repeat,
 * codes cannot), anything else searches the name.
 */
export function enterpriseSearch(text: string): { q?: string; creditCode?: string } {
  const value = text.trim();
  if (!value) return { q: undefined, creditCode: undefined };
  const upper = value.toUpperCase();
  return CREDIT_CODE.test(upper) ? { q: undefined, creditCode: upper } : { q: value, creditCode: undefined };
}

const validYear = (year: string | undefined) => (year && /^\d{4}$/.test(year) ? Number(year) : undefined);

/** The board's filters: the figures follow the rule, year and division chosen for the list. */
export function boardQuery(state: Pick<EscalationListState, 'year' | 'ruleId' | 'ownerUnitId'>): QueryParams {
  return { year: validYear(state.year), ruleId: state.ruleId, ownerUnitId: state.ownerUnitId };
}

/** The list's query: 进行中 unless another status (or 全部状态) is chosen; flags only when on. */
export function listQuery(state: EscalationListState): QueryParams {
  const status = state.status ?? DEFAULT_STATUS;
  return {
    ...boardQuery(state),
    status: status === 'all' ? undefined : status,
    assignedUnitId: state.assignedUnitId,
    overdue: state.overdue === 'true' ? 'true' : undefined,
    belowThreshold: state.belowThreshold === 'true' ? 'true' : undefined,
    q: state.q,
    creditCode: state.creditCode,
    page: state.page,
    pageSize: state.pageSize,
  };
}

/**
 * The filters of a rule picked on the board: that rule in every status (the breakdown counts
 * closed and withdrawn ones too), without the status, overdue and below-threshold filters left
 * from before, which would show an empty list for a rule with nothing in that state.
 */
export function pickRuleFilters(ruleId: string): EscalationFilters {
  return { ruleId, status: 'all', overdue: undefined, belowThreshold: undefined };
}

/** This Shanghai year and the `count - 1` before it, newest first. */
export function yearOptions(now: Date, count = 5): number[] {
  const year = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
  return Array.from({ length: count }, (_, i) => year - i);
}

export interface CitySeries {
  categories: string[];
  inTime: number[];
  overdue: number[];
}

/** Per bureau with active escalations: those still in time and those overdue, which stack up to the active ones. */
export function citySeries(items: UnitBoardCounts[], label: (u: UnitBoardCounts) => string): CitySeries {
  const active = items.filter((u) => u.active > 0);
  return {
    categories: active.map(label),
    inTime: active.map((u) => Math.max(0, u.active - u.overdue)),
    overdue: active.map((u) => u.overdue),
  };
}

export interface RuleRow extends BoardCounts {
  ruleId: string;
  name: string;
  level: string | null;
}

const zero: BoardCounts = { active: 0, open: 0, reported: 0, closed: 0, withdrawn: 0, overdue: 0, dueSoon: 0, belowThreshold: 0 };

/**
 * The by-rule breakdown in the rule table's order, every rule shown (a rule that fired nothing
 * says so with zeros), restricted to the chosen rule when the list is filtered by one.
 */
export function ruleRows(byRule: EscalationBoard['byRule'], rules: EscalationRule[], ruleId?: string): RuleRow[] {
  const counts = new Map(byRule.map((r) => [r.ruleId, r]));
  const known = rules.map((r) => ({ ...zero, ...counts.get(r.id), ruleId: r.id, name: r.name, level: r.level }));
  const unknown = byRule.filter((r) => !rules.some((rule) => rule.id === r.ruleId)).map((r) => ({ ...r, name: r.ruleId, level: null }));
  const rows = [...known, ...unknown];
  return ruleId ? rows.filter((r) => r.ruleId === ruleId) : rows;
}

/** The org-unit slug of the division owning a rule's escalations (special_food → special-food), as the server maps it. */
export function divisionSlug(ownerBusiness: string): string {
  return ownerBusiness.replace(/_/g, '-');
}

export interface OwnerDivision {
  business: string;
  unitId: string;
  name: string;
}

/** The divisions that own escalations, one per business, in the rule table's order: the board's division filter and the rules' 督办处室. */
export function ownerDivisions(rules: Pick<EscalationRule, 'ownerBusiness'>[], units: Pick<OrgUnit, 'id' | 'slug' | 'name' | 'shortName'>[]): OwnerDivision[] {
  const bySlug = new Map(units.map((u) => [u.slug, u]));
  const seen = new Set<string>();
  const result: OwnerDivision[] = [];
  for (const { ownerBusiness } of rules) {
    const unit = bySlug.get(divisionSlug(ownerBusiness));
    if (!unit || seen.has(ownerBusiness)) continue;
    seen.add(ownerBusiness);
    result.push({ business: ownerBusiness, unitId: unit.id, name: unit.shortName ?? unit.name });
  }
  return result;
}
