import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { orgUnits, riskMeetingActions, riskMeetings } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { mayNotify, type NoticeKind } from '../../domain/notices/notice-rules.js';
import { meetingForms, riskLevels } from '../../domain/risk-meetings/rules.js';
import type { Actor, SessionUser } from '../access/actor.js';
import { regionName } from '../plans/region-names.js';
import { closeWorkItemsOfSubjects } from '../work-items/close-subject-work-items.js';
import { MEETING_SUBJECT } from './record-meeting.js';
import { meetingReadable } from './risk-meeting-scope.js';

/**
 * A meeting a unit may send a notice about: one it reads (its line, 协调处, 抽检监测处) — or one
 * that names the unit owner of a `notice` follow-up (a county asked by its city's meeting to
 * send a notice does not otherwise read the city's meetings).
 */
function noticeableMeeting(user: SessionUser): SQL {
  return or(
    meetingReadable(user),
    sql`EXISTS (SELECT 1 FROM risk_meeting_actions a WHERE a.meeting_id = ${riskMeetings.id} AND a.kind = 'notice' AND a.owner_unit_id = ${user.unit.id})`,
  )!;
}

/** The follow-up a notice answers: of this meeting, of kind `notice`, owned by the sending unit. */
async function ownNoticeAction(db: Executor, user: SessionUser, meetingId: string, actionId: string) {
  const [action] = await db
    .select()
    .from(riskMeetingActions)
    .where(and(eq(riskMeetingActions.id, actionId), eq(riskMeetingActions.meetingId, meetingId), eq(riskMeetingActions.kind, 'notice')))
    .limit(1);
  if (!action) throw new DomainError('NOTICE_FOLLOW_UP_NOT_FOUND', { relatedMeetingActionId: '该研判活动没有这项发送通报的措施' });
  if (action.ownerUnitId !== user.unit.id) throw new DomainError('NOTICE_FOLLOW_UP_NOT_OWN');
  return action;
}

/**
 * Called by the notices module before it stores a notice naming a meeting: the meeting must be
 * one the sender may send about, and a named follow-up the sender's own; otherwise the whole
 * notice is refused (nothing stored).
 */
export async function assertNoticeMeeting(tx: Tx, user: SessionUser, meetingId: string, actionId?: string | null): Promise<void> {
  const [meeting] = await tx.select({ id: riskMeetings.id }).from(riskMeetings).where(and(eq(riskMeetings.id, meetingId), noticeableMeeting(user))).limit(1);
  if (!meeting) throw new DomainError('NOTICE_MEETING_OUT_OF_SCOPE');
  if (actionId) await ownNoticeAction(tx, user, meetingId, actionId);
}

/**
 * A notice about the meeting went out from `senderUnitId`: the follow-up's `risk_notice` item is
 * done, in the caller's transaction. Without a named follow-up (a draft approved later does not
 * keep one), every open notice follow-up of the meeting that the sending unit owns is done.
 */
export async function completeNoticeFollowUps(tx: Tx, actor: Actor, senderUnitId: string, meetingId: string, actionId?: string | null) {
  const actions = await tx
    .select({ id: riskMeetingActions.id })
    .from(riskMeetingActions)
    .where(
      and(
        eq(riskMeetingActions.meetingId, meetingId),
        eq(riskMeetingActions.kind, 'notice'),
        eq(riskMeetingActions.ownerUnitId, senderUnitId),
        actionId ? eq(riskMeetingActions.id, actionId) : undefined,
      ),
    );
  if (actions.length === 0) return [];
  return closeWorkItemsOfSubjects(tx, actor, { subjectType: MEETING_SUBJECT, subjectIds: actions.map((a) => `${meetingId}/${a.id}`), kind: 'risk_notice' }, 'done');
}

export interface NoticeDraft {
  relatedMeetingId: string;
  relatedMeetingActionId: string | null;
  kind: NoticeKind;
  title: string;
  body: string;
  recipientUnitIds: string[];
}

/**
 * The notice an official would write after the meeting: 风险预警提示 when a high risk was found,
 * else 通报函; the title from the high risk (or the meeting), the body from the meeting's risks and
 * conclusions; recipients the meeting's participant units and the follow-up's region's bureau,
 * kept only where the sender may send (mayNotify) so the draft sends as it stands.
 */
export async function noticeDraft(db: Executor, user: SessionUser, meetingId: string, actionId?: string | null): Promise<NoticeDraft> {
  const [row] = await db
    .select({ meeting: riskMeetings, unitName: orgUnits.name })
    .from(riskMeetings)
    .innerJoin(orgUnits, eq(orgUnits.id, riskMeetings.unitId))
    .where(and(eq(riskMeetings.id, meetingId), noticeableMeeting(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND');
  const m = row.meeting;
  const action = actionId ? await ownNoticeAction(db, user, meetingId, actionId) : null;
  const kind: NoticeKind = m.risks.some((r) => r.level === 'high') ? 'risk_warning' : 'circular';
  const risks = m.risks.map((r, i) => {
    const where = [r.categoryName, r.regionCode ? regionName(r.regionCode) : null].filter(Boolean).join('，');
    return `${i + 1}. 【${riskLevels[r.level] ?? r.level}风险】${r.description}${where ? `（${where}）` : ''}`;
  });
  const sections = [
    `${row.unitName}于${m.heldOn}以${meetingForms[m.form as keyof typeof meetingForms] ?? m.form}形式开展“${m.title}”，现将有关情况通报如下。`,
    risks.length ? `一、研判发现的风险\n${risks.join('\n')}` : '一、研判情况\n' + m.summary,
    `二、研判结论\n${m.conclusions?.trim() || m.summary}`,
    action ? `三、工作要求\n${action.description}` : null,
  ];
  // An official names what the notice is about: the high risk it warns of, else the meeting.
  const highRisk = m.risks.find((r) => r.level === 'high');
  const title = (highRisk ? `关于${highRisk.description}的风险预警提示` : `关于${m.title}研判情况的通报`).slice(0, 200);

  const candidates = [...new Set(m.participants.units.map((u) => u.id))];
  const units = await db.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind, regionCode: orgUnits.regionCode }).from(orgUnits)
    .where(or(candidates.length ? inArray(orgUnits.id, candidates) : undefined, action?.regionCode ? eq(orgUnits.regionCode, action.regionCode) : undefined) ?? sql`false`);
  const [sender] = await db.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, user.unit.id));
  // A region names its bureau (not the divisions that share the province's code).
  const recipientUnitIds = units
    .filter((u) => candidates.includes(u.id) || u.kind === 'city_bureau' || u.kind === 'county_bureau').filter((u) => sender && mayNotify(sender, u)).map((u) => u.id);
  return { relatedMeetingId: m.id, relatedMeetingActionId: action?.id ?? null, kind, title, body: sections.filter(Boolean).join('\n\n'), recipientUnitIds };
}
