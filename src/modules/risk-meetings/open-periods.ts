import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgUnits, riskMeetingPeriods, riskMeetings } from '../../db/schema/index.js';
import { periodAt, periodLabel } from '../../domain/risk-meetings/periods.js';
import type { MeetingLevel } from '../../domain/risk-meetings/rules.js';
import { endOfLocalDay } from '../../domain/time.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadMeetingRules } from './meeting-rules.js';

const rhythmWord: Record<number, string> = { 1: '月度', 2: '双月', 3: '季度', 6: '半年', 12: '年度' };

/**
 * The scheduler's job: for every level, the period containing `now` (Asia/Shanghai) is opened
 * once per obliged unit — a row keyed (unit_id, period_start) inserted with ON CONFLICT DO
 * NOTHING RETURNING — and only the rows this call inserted get a `risk_meeting` work item, due
 * on the period's last day. Two processes, a restart or a second call in the same period
 * therefore open nothing twice: the loser of a race waits on the key and inserts no row.
 * A unit that already recorded its meeting for the period gets no work item.
 */
export async function openMeetingPeriods(db: Db, now = new Date()): Promise<number> {
  const rules = await loadMeetingRules(db);
  let opened = 0;
  for (const rule of rules) {
    const period = periodAt(now, rule.periodMonths);
    if (period.end < rule.effectiveFrom || rule.unitKinds.length === 0) continue;
    opened += await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(riskMeetingPeriods)
        .select(
          tx
            .select({
              unitId: orgUnits.id,
              periodStart: sql`${period.start}::date`.as('period_start'),
              periodEnd: sql`${period.end}::date`.as('period_end'),
              level: sql`${rule.level}`.as('level'),
              workItemId: sql`null::uuid`.as('work_item_id'),
              createdAt: sql`now()`.as('created_at'),
            })
            .from(orgUnits)
            .where(inArray(orgUnits.kind, rule.unitKinds)),
        )
        .onConflictDoNothing()
        .returning({ unitId: riskMeetingPeriods.unitId });
      if (inserted.length === 0) return 0;
      const ids = inserted.map((r) => r.unitId);
      const held = await tx
        .select({ unitId: riskMeetings.unitId })
        .from(riskMeetings)
        .where(and(inArray(riskMeetings.unitId, ids), eq(riskMeetings.periodStart, period.start)));
      const heldIds = new Set(held.map((h) => h.unitId));
      const units = await tx.select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName }).from(orgUnits).where(inArray(orgUnits.id, ids));
      const label = periodLabel(period, rule.periodMonths);
      const items = await createWorkItems(
        tx,
        systemActor,
        units
          .filter((u) => !heldIds.has(u.id))
          .map((u) => ({
            kind: 'risk_meeting' as const,
            title: `召开${u.shortName ?? u.name}${rhythmWord[rule.periodMonths] ?? ''}食品安全风险研判会（${label}）`,
            subjectType: 'riskMeetingPeriod',
            subjectId: `${u.id}:${period.start}`,
            ownerUnitId: u.id,
            dueAt: endOfLocalDay(period.end),
            links: [{ label: '登记研判活动', href: `/risk-meetings?record=1&period=${period.start}` }],
          })),
        [{ action: 'riskMeetingPeriod.open', entityType: 'riskMeetingPeriod', after: { level: rule.level as MeetingLevel, periodStart: period.start, periodEnd: period.end, units: ids.length } }],
      );
      if (items.length) {
        // One statement for all the links, so opening a level stays a fixed number of queries.
        const links = JSON.stringify(items.map((i) => ({ u: i.ownerUnitId, w: i.id })));
        await tx.execute(sql`UPDATE risk_meeting_periods p SET work_item_id = (x->>'w')::uuid
          FROM jsonb_array_elements(${links}::jsonb) x
          WHERE p.unit_id = (x->>'u')::uuid AND p.period_start = ${period.start}::date`);
      }
      return ids.length;
    });
  }
  return opened;
}
