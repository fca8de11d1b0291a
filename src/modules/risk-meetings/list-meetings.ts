import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits, riskMeetingActions, riskMeetings, workItems } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { periodLabel } from '../../domain/risk-meetings/periods.js';
import { actionKinds, meetingForms, meetingLevelNames, meetingSources, riskLevels, type MeetingLevel } from '../../domain/risk-meetings/rules.js';
import { regionName } from '../plans/region-names.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { mayAttachToMeeting, meetingAttachments } from './meeting-attachments.js';
import { loadMeetingRules } from './meeting-rules.js';
import { meetingReadable } from './risk-meeting-scope.js';
import { outer } from '../../db/outer-column.js';
import { signalsTakenUp } from '../signals/meeting-agenda.js';

export interface MeetingFilter {
  level?: MeetingLevel;
  unitId?: string;
  year?: number;
  leadingGroup?: boolean;
  late?: boolean;
}

const monthsOf = (rules: { level: string; periodMonths: number }[], level: string) => rules.find((r) => r.level === level)?.periodMonths ?? 1;

export async function listMeetings(db: Executor, user: SessionUser, filter: MeetingFilter, page: Page) {
  const conditions: SQL[] = [meetingReadable(user)];
  if (filter.level) conditions.push(eq(riskMeetings.level, filter.level));
  if (filter.unitId) conditions.push(eq(riskMeetings.unitId, filter.unitId));
  if (filter.year) conditions.push(gte(riskMeetings.periodStart, `${filter.year}-01-01`), lte(riskMeetings.periodStart, `${filter.year}-12-31`));
  if (filter.leadingGroup !== undefined) conditions.push(eq(riskMeetings.leadingGroup, filter.leadingGroup));
  if (filter.late !== undefined) conditions.push(eq(riskMeetings.late, filter.late));
  const where = and(...conditions);
  const [rows, [{ total }], rules] = await Promise.all([
    db
      .select({
        id: riskMeetings.id,
        unitId: riskMeetings.unitId,
        unitName: orgUnits.name,
        level: riskMeetings.level,
        periodStart: riskMeetings.periodStart,
        periodEnd: riskMeetings.periodEnd,
        late: riskMeetings.late,
        heldOn: riskMeetings.heldOn,
        form: riskMeetings.form,
        leadingGroup: riskMeetings.leadingGroup,
        title: riskMeetings.title,
        risks: riskMeetings.risks,
        followUps: sql<number>`(SELECT count(*)::int FROM risk_meeting_actions a WHERE a.meeting_id = ${outer(riskMeetings.id)})`,
      })
      .from(riskMeetings)
      .innerJoin(orgUnits, eq(orgUnits.id, riskMeetings.unitId))
      .where(where)
      .orderBy(desc(riskMeetings.heldOn), desc(riskMeetings.createdAt))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(riskMeetings).where(where),
    loadMeetingRules(db),
  ]);
  return {
    items: rows.map(({ risks, ...r }) => ({
      ...r,
      levelName: meetingLevelNames[r.level as MeetingLevel] ?? r.level,
      formName: meetingForms[r.form as keyof typeof meetingForms] ?? r.form,
      periodLabel: periodLabel({ start: r.periodStart, end: r.periodEnd }, monthsOf(rules, r.level)),
      riskCount: risks.length,
      highRisks: risks.filter((x) => x.level === 'high').length,
    })),
    total,
  };
}

export async function getMeeting(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select({ meeting: riskMeetings, unitName: orgUnits.name })
    .from(riskMeetings)
    .innerJoin(orgUnits, eq(orgUnits.id, riskMeetings.unitId))
    .where(and(eq(riskMeetings.id, id), meetingReadable(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND');
  const m = row.meeting;
  const actions = await db
    .select({ action: riskMeetingActions, ownerUnitName: orgUnits.name, workItemStatus: workItems.status })
    .from(riskMeetingActions)
    .innerJoin(orgUnits, eq(orgUnits.id, riskMeetingActions.ownerUnitId))
    .leftJoin(workItems, eq(workItems.id, riskMeetingActions.workItemId))
    .where(eq(riskMeetingActions.meetingId, id))
    .orderBy(riskMeetingActions.sortOrder);
  const [rules, files, signalsDiscussed] = await Promise.all([loadMeetingRules(db), meetingAttachments(db, id), signalsTakenUp(db, user, id)]);
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: row.unitName,
    level: m.level,
    levelName: meetingLevelNames[m.level as MeetingLevel] ?? m.level,
    periodStart: m.periodStart,
    periodEnd: m.periodEnd,
    periodLabel: periodLabel({ start: m.periodStart, end: m.periodEnd }, monthsOf(rules, m.level)),
    late: m.late,
    heldOn: m.heldOn,
    form: m.form,
    formName: meetingForms[m.form as keyof typeof meetingForms] ?? m.form,
    leadingGroup: m.leadingGroup,
    title: m.title,
    summary: m.summary,
    participants: m.participants,
    sources: m.sources.map((s) => ({ code: s, name: meetingSources[s as keyof typeof meetingSources] ?? s })),
    risks: m.risks.map((r) => ({
      description: r.description,
      categoryId: r.categoryId ?? null,
      categoryName: r.categoryName ?? null,
      regionCode: r.regionCode ?? null,
      regionName: r.regionCode ? regionName(r.regionCode) : null,
      link: r.link ?? null,
      level: r.level,
      levelName: riskLevels[r.level] ?? r.level,
    })),
    conclusions: m.conclusions,
    minutes: m.minutes,
    followUps: actions.map(({ action: a, ownerUnitName, workItemStatus }) => ({
      id: a.id,
      kind: a.kind,
      kindName: actionKinds[a.kind as keyof typeof actionKinds] ?? a.kind,
      description: a.description,
      ownerUnitId: a.ownerUnitId,
      ownerUnitName,
      dueOn: a.dueOn,
      categoryId: a.categoryId,
      regionCode: a.regionCode,
      items: a.items,
      suggestionId: a.suggestionId,
      workItemStatus: workItemStatus ?? null,
      // The owner unit drafts the notice from the meeting while its work item is open.
      composeNotice: a.kind === 'notice' && a.ownerUnitId === user.unit.id && workItemStatus === 'open' && can(user.roles, 'notice.send'),
    })),
    /** The risk signals that were on the unit's agenda for this meeting (those the reader reads). */
    signals: signalsDiscussed,
    createdAt: m.createdAt,
    attachments: files,
    /** What the reader may do with the record: download the minutes (every reader); attach files (the holding unit). */
    actions: mayAttachToMeeting(user, m.unitId) ? (['downloadMinutes', 'attach'] as const) : (['downloadMinutes'] as const),
  };
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;
