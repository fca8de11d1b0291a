import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { riskMeetingRules } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { meetingLevels, meetingRuleDefaults, type MeetingLevel } from '../../domain/risk-meetings/rules.js';
import { actorOf, systemActor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { managesRiskMeetings } from './risk-meeting-scope.js';

export type MeetingRule = typeof riskMeetingRules.$inferSelect;

export async function loadMeetingRules(db: Executor): Promise<MeetingRule[]> {
  const rows = await db.select().from(riskMeetingRules).orderBy(asc(riskMeetingRules.periodMonths));
  // Province (3) before city (2) before county (1): the levels' own order.
  return meetingLevels.map((level) => rows.find((r) => r.level === level)).filter((r): r is MeetingRule => Boolean(r));
}

export async function ruleOfLevel(db: Executor, level: MeetingLevel): Promise<MeetingRule> {
  const [row] = await db.select().from(riskMeetingRules).where(eq(riskMeetingRules.level, level)).limit(1);
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** Start-up: inserts missing levels; never overwrites a rule 协调处 edited. */
export async function seedMeetingRules(db: Db): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(riskMeetingRules)
      .values(meetingRuleDefaults.map((d) => ({ level: d.level, unitKinds: [...d.unitKinds], periodMonths: d.periodMonths, effectiveFrom: d.effectiveFrom, basis: d.basis })))
      .onConflictDoNothing()
      .returning();
    if (inserted.length) await recordAudit(tx, systemActor, { action: 'riskMeetingRule.seed', entityType: 'riskMeetingRule', after: { levels: inserted.map((r) => r.level) } });
    return { inserted: inserted.length };
  });
}

export interface RuleChange {
  version: number;
  periodMonths?: number;
  effectiveFrom?: string;
  basis?: string;
}

/** 协调处 edits a level's rhythm, with audit (the change of rhythm takes effect from the next period opened). */
export async function updateMeetingRule(db: Db, user: SessionUser, level: MeetingLevel, change: RuleChange, ip: string | null) {
  if (!can(user.roles, 'riskMeeting.manage') || !managesRiskMeetings(user)) throw new DomainError('RISK_MEETING_MANAGERS_ONLY');
  return db.transaction(async (tx) => {
    const before = await ruleOfLevel(tx, level);
    const [after] = await tx
      .update(riskMeetingRules)
      .set({
        periodMonths: change.periodMonths ?? before.periodMonths,
        effectiveFrom: change.effectiveFrom ?? before.effectiveFrom,
        basis: change.basis ?? before.basis,
        edited: true,
        version: sql`${riskMeetingRules.version} + 1`,
        updatedAt: new Date(),
        updatedByUserId: user.id,
      })
      .where(sql`${riskMeetingRules.level} = ${level} AND ${riskMeetingRules.version} = ${change.version}`)
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT');
    await recordAudit(tx, actorOf(user, ip), { action: 'riskMeetingRule.update', entityType: 'riskMeetingRule', entityId: level, before, after });
    return after;
  });
}
