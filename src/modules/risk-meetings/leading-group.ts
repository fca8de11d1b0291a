import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { leadingGroupMembers, orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { groupRoles, leadingGroupDefaults, LEADING_GROUP_BASIS, type GroupRole } from '../../domain/risk-meetings/leading-group.js';
import { can } from '../../domain/permissions.js';
import { actorOf, systemActor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { managesRiskMeetings } from './risk-meeting-scope.js';

/** Start-up: the composition from seed arts. 19–20, once (an edited group is left alone). */
export async function seedLeadingGroup(db: Db): Promise<{ inserted: number }> {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(leadingGroupMembers);
  if (count > 0) return { inserted: 0 };
  return db.transaction(async (tx) => {
    const rows = leadingGroupDefaults.map((d, i) => ({ id: randomUUID(), role: d.role, unitId: unitIdForSlug(d.unitSlug), position: d.position, sortOrder: i }));
    await tx.insert(leadingGroupMembers).values(rows);
    await recordAudit(tx, systemActor, { action: 'leadingGroup.seed', entityType: 'leadingGroupMember', after: { members: rows.length, basis: LEADING_GROUP_BASIS } });
    return { inserted: rows.length };
  });
}

export async function getLeadingGroup(db: Executor, user: SessionUser) {
  const rows = await db
    .select({
      id: leadingGroupMembers.id,
      role: leadingGroupMembers.role,
      unitId: leadingGroupMembers.unitId,
      unitName: orgUnits.name,
      position: leadingGroupMembers.position,
      personName: leadingGroupMembers.personName,
      version: leadingGroupMembers.version,
    })
    .from(leadingGroupMembers)
    .innerJoin(orgUnits, eq(orgUnits.id, leadingGroupMembers.unitId))
    .orderBy(asc(leadingGroupMembers.sortOrder));
  return {
    basis: LEADING_GROUP_BASIS,
    editable: can(user.roles, 'riskMeeting.manage') && managesRiskMeetings(user),
    members: rows.map((r) => ({ ...r, role: r.role as GroupRole, roleName: groupRoles[r.role as GroupRole] ?? r.role })),
  };
}

export interface MemberInput {
  role: GroupRole;
  unitId: string;
  position: string;
  personName?: string | null;
}

/** 协调处 replaces the composition as a whole (the group is small; one audit row shows before and after). */
export async function replaceLeadingGroup(db: Db, user: SessionUser, members: MemberInput[], ip: string | null) {
  if (!can(user.roles, 'riskMeeting.manage') || !managesRiskMeetings(user)) throw new DomainError('RISK_MEETING_MANAGERS_ONLY');
  const unitIds = [...new Set(members.map((m) => m.unitId))];
  const known = unitIds.length ? await db.select({ id: orgUnits.id }).from(orgUnits).where(sql`${orgUnits.id} IN ${unitIds}`) : [];
  if (known.length !== unitIds.length) throw new DomainError('VALIDATION_FAILED', { members: '成员单位不存在' });
  if (!members.some((m) => m.role === 'leader')) throw new DomainError('VALIDATION_FAILED', { members: '领导小组应有组长' });
  await db.transaction(async (tx) => {
    const before = await tx.select().from(leadingGroupMembers).orderBy(asc(leadingGroupMembers.sortOrder));
    await tx.delete(leadingGroupMembers);
    const rows = members.map((m, i) => ({ id: randomUUID(), role: m.role, unitId: m.unitId, position: m.position, personName: m.personName ?? null, sortOrder: i, updatedAt: new Date() }));
    if (rows.length) await tx.insert(leadingGroupMembers).values(rows);
    await recordAudit(tx, actorOf(user, ip), { action: 'leadingGroup.update', entityType: 'leadingGroupMember', before: { members: before }, after: { members: rows } });
  });
  return getLeadingGroup(db, user);
}

/** The units whose heads sit in the leading group (the province bureau for 组长 and 副组长), once each: who is told of a major matter. */
export async function leadingGroupUnitIds(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ unitId: leadingGroupMembers.unitId }).from(leadingGroupMembers);
  return rows.map((r) => r.unitId);
}
