import { and, count, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals, escalations, samples, urgentReports } from '../../db/schema/index.js';
import { at } from '../../db/sql-values.js';
import { menuFor } from '../../domain/menu.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { disposalReadable } from '../disposals/disposal-scope.js';
import { escalationReadable } from '../escalations/escalation-scope.js';
import { sichuan } from '../org/organisation-data.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { urgentReadable } from '../urgent/urgent-scope.js';

const cityNames = new Map(sichuan.cities.map((c) => [c.code, c.name]));

async function countWhere(db: Executor, table: typeof disposals | typeof urgentReports | typeof escalations | typeof samples, where: SQL | undefined) {
  const [{ n }] = await db.select({ n: count() }).from(table).where(where);
  return n;
}

/**
 * The workbench's summary of the work in the user's scope (for a leader of the province bureau,
 * the province): open and overdue disposals, open 24-hour reports and escalations, and this
 * year's unqualified results by city. Each figure goes through its record type's scope, and is
 * null when the user's menu has no page for that record type (a figure one cannot open is not
 * shown). "This year" is the calendar year in Asia/Shanghai, by sampling date.
 */
export async function getOverview(db: Executor, user: SessionUser, now = new Date()) {
  const menu = new Set(menuFor(user));
  const year = Number(toLocalDate(now).slice(0, 4));
  const activeDisposal = sql`${disposals.status} NOT IN ('closed', 'voided')`;
  const unqualifiedThisYear = and(
    sampleInScope(user),
    eq(samples.conclusion, 'unqualified'),
    gte(samples.samplingDate, `${year}-01-01`),
    lt(samples.samplingDate, `${year + 1}-01-01`),
  );
  const city = sql<string>`substring(${samples.regionCode} from 1 for 4) || '00'`;
  const [openDisposals, overdueDisposals, openUrgentReports, openEscalations, unqualified, byCity] = await Promise.all([
    menu.has('disposals') ? countWhere(db, disposals, and(disposalReadable(user), activeDisposal)) : null,
    menu.has('disposals') ? countWhere(db, disposals, and(disposalReadable(user), activeDisposal, sql`${disposals.dueAt} < ${at(now)}`)) : null,
    menu.has('urgent') ? countWhere(db, urgentReports, and(urgentReadable(user), sql`${urgentReports.status} <> 'closed'`)) : null,
    menu.has('escalations') ? countWhere(db, escalations, and(escalationReadable(user), sql`${escalations.status} IN ('open', 'reported')`)) : null,
    menu.has('samples') ? countWhere(db, samples, unqualifiedThisYear) : null,
    menu.has('samples')
      ? db
          .select({ regionCode: city, count: sql<number>`count(*)::int` })
          .from(samples)
          .where(and(unqualifiedThisYear, sql`${samples.regionCode} LIKE '51%'`))
          .groupBy(city)
          .orderBy(sql`count(*) DESC`)
      : null,
  ]);
  return {
    year,
    openDisposals,
    overdueDisposals,
    openUrgentReports,
    openEscalations,
    unqualifiedThisYear: unqualified,
    /** This year's unqualified results by city (市州), most first; cities with none are left out. */
    unqualifiedByCity: byCity?.map((c) => ({ regionCode: c.regionCode, name: cityNames.get(c.regionCode) ?? c.regionCode, count: c.count })) ?? null,
  };
}
