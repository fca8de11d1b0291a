import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits, riskMeetings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { complianceRates, complianceStatus, periodContaining, periodLabel, periodsOfYear, type ComplianceStatus, type Period } from '../../domain/risk-meetings/periods.js';
import type { MeetingLevel } from '../../domain/risk-meetings/rules.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { ruleOfLevel } from './meeting-rules.js';
import { meetingReadable, obligationReadable } from './risk-meeting-scope.js';

interface ObligedUnit {
  unitId: string;
  unitName: string;
  regionCode: string | null;
  /** The city a county belongs to (its region code's first four digits + 00), for rates per city. */
  cityCode: string | null;
}

/**
 * The obliged units of a level that the user reaches (a city its counties, the province all).
 * The kinds come from the rule table inside the query, so this runs beside the rule's own read.
 */
async function obligedUnits(db: Executor, user: SessionUser, level: MeetingLevel): Promise<ObligedUnit[]> {
  const rows = await db
    .select({ unitId: orgUnits.id, unitName: orgUnits.name, regionCode: orgUnits.regionCode })
    .from(orgUnits)
    .where(and(sql`${orgUnits.kind} IN (SELECT jsonb_array_elements_text(r.unit_kinds) FROM risk_meeting_rules r WHERE r.level = ${level})`, obligationReadable(user)))
    .orderBy(asc(orgUnits.regionCode), asc(orgUnits.sortOrder), asc(orgUnits.name));
  return rows.map((r) => ({ ...r, cityCode: r.regionCode ? `${r.regionCode.slice(0, 4)}00` : null }));
}

/**
 * Per unit and period start in [from, to]: whether a timely and whether a late meeting exist, in
 * one grouped query over the meetings the user reads (the same jurisdiction as the units).
 */
async function meetingFacts(db: Executor, user: SessionUser, level: string, from: string, to: string) {
  const rows = await db
    .select({
      unitId: riskMeetings.unitId,
      periodStart: riskMeetings.periodStart,
      timely: sql<boolean>`bool_or(NOT ${riskMeetings.late})`,
      late: sql<boolean>`bool_or(${riskMeetings.late})`,
    })
    .from(riskMeetings)
    .where(and(eq(riskMeetings.level, level), gte(riskMeetings.periodStart, from), lte(riskMeetings.periodStart, to), meetingReadable(user)))
    .groupBy(riskMeetings.unitId, riskMeetings.periodStart);
  const facts = new Map<string, { late: boolean }[]>();
  for (const r of rows) facts.set(`${r.unitId}|${r.periodStart}`, [...(r.timely ? [{ late: false }] : []), ...(r.late ? [{ late: true }] : [])]);
  return facts;
}

function ratesByCity(units: ObligedUnit[], statusOf: (u: ObligedUnit) => ComplianceStatus, cityNames: Map<string, string>) {
  const groups = new Map<string, ComplianceStatus[]>();
  for (const u of units) {
    const key = u.cityCode ?? '';
    groups.set(key, [...(groups.get(key) ?? []), statusOf(u)]);
  }
  return [...groups.entries()].map(([regionCode, statuses]) => ({ regionCode, name: cityNames.get(regionCode) ?? '省级', ...complianceRates(statuses) }));
}

async function cityNameMap(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ regionCode: orgUnits.regionCode, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.kind, 'city_bureau'));
  return new Map(rows.filter((r) => r.regionCode).map((r) => [r.regionCode!, r.name]));
}

/**
 * Completeness (DHIS2-style reporting rate) of one level for the period containing `date`:
 * each obliged unit in the user's reach with its status, the rates per city and overall.
 */
export async function complianceOf(db: Executor, user: SessionUser, level: MeetingLevel, date: string, now = new Date()) {
  const rule = await ruleOfLevel(db, level);
  const period = periodContaining(date, rule.periodMonths);
  const today = toLocalDate(now);
  const [units, facts] = await Promise.all([obligedUnits(db, user, level), meetingFacts(db, user, level, period.start, period.start)]);
  const statusOf = (u: ObligedUnit) => complianceStatus(period, facts.get(`${u.unitId}|${period.start}`) ?? [], today);
  const items = units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, regionCode: u.regionCode, status: statusOf(u) }));
  return {
    level,
    periodStart: period.start,
    periodEnd: period.end,
    periodLabel: periodLabel(period, rule.periodMonths),
    owed: period.end >= rule.effectiveFrom,
    items,
    rates: complianceRates(items.map((i) => i.status)),
    byCity: level === 'county' ? ratesByCity(units, statusOf, await cityNameMap(db)) : [],
  };
}

export type MatrixCell = ComplianceStatus | null;

/** Whether a unit's region lies in a region filter (a city: the city and its counties; a county: itself). */
const inRegion = (unitRegion: string | null, region: string | undefined) =>
  !region || (unitRegion !== null && (region.endsWith('00') ? unitRegion.slice(0, 4) === region.slice(0, 4) : unitRegion === region));

/**
 * The units × periods matrix of a level for a calendar year; a period not yet begun (or not owed)
 * is null. `regionCode` keeps the units of one city or county (the province view links here).
 */
export async function complianceMatrix(db: Executor, user: SessionUser, level: MeetingLevel, year: number, now = new Date(), regionCode?: string) {
  if (year < 2000 || year > 2100) throw new DomainError('VALIDATION_FAILED', { year: '年份超出范围' });
  // Three independent reads at once (the pool has several connections on PostgreSQL): the
  // matrix costs one round trip's latency, not three.
  const [rule, units, facts] = await Promise.all([ruleOfLevel(db, level), obligedUnits(db, user, level), meetingFacts(db, user, level, `${year}-01-01`, `${year}-12-31`)]);
  const periods = periodsOfYear(year, rule.periodMonths);
  const today = toLocalDate(now);
  const cell = (u: ObligedUnit, p: Period): MatrixCell =>
    p.start > today || p.end < rule.effectiveFrom ? null : complianceStatus(p, facts.get(`${u.unitId}|${p.start}`) ?? [], today);
  const rows = units.filter((u) => inRegion(u.regionCode, regionCode)).map((u) => ({ unitId: u.unitId, unitName: u.unitName, regionCode: u.regionCode, cells: periods.map((p) => cell(u, p)) }));
  const counted = (statuses: MatrixCell[]) => complianceRates(statuses.filter((s): s is ComplianceStatus => s !== null));
  return {
    level,
    year,
    periodMonths: rule.periodMonths,
    periods: periods.map((p) => ({ start: p.start, end: p.end, label: periodLabel(p, rule.periodMonths) })),
    rows,
    periodRates: periods.map((_, i) => counted(rows.map((r) => r.cells[i]))),
    rates: counted(rows.flatMap((r) => r.cells)),
  };
}
