import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { foodCategories, orgUnits, riskMeetingActions, riskMeetings, type MeetingRisk } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { meetingPeriod, periodLabel } from '../../domain/risk-meetings/periods.js';
import { levelOfKind, meetingForms, type ActionKind, type MeetingForm, type MeetingSource } from '../../domain/risk-meetings/rules.js';
import { endOfLocalDay, toLocalDate } from '../../domain/time.js';
import { actorOf, type Actor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { isSichuanRegion } from '../org/jurisdiction.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createSuggestion } from '../plans/create-suggestion.js';
import { takeUpAgenda } from '../signals/meeting-agenda.js';
import { closeWorkItemsOfSubjects } from '../work-items/close-subject-work-items.js';
import { createWorkItems, type NewWorkItem } from '../work-items/create-work-item.js';
import { loadMeetingRules } from './meeting-rules.js';
import { managesRiskMeetings } from './risk-meeting-scope.js';

export interface FollowUpInput {
  kind: ActionKind;
  description: string;
  ownerUnitId: string;
  dueOn: string;
  /** tracking_sampling: what the plan suggestion names. */
  categoryId?: string | null;
  regionCode?: string | null;
  items?: string[];
}

export interface MeetingInput {
  /** The holding unit; default the user's own (the province bureau for a leading-group meeting). */
  unitId?: string;
  heldOn: string;
  /** Record for the previous period (逾期补开): counts as late. */
  forPreviousPeriod?: boolean;
  form: MeetingForm;
  leadingGroup?: boolean;
  title?: string;
  summary: string;
  participants?: { unitIds?: string[]; people?: string[] };
  sources?: MeetingSource[];
  risks?: MeetingRisk[];
  conclusions?: string | null;
  minutes?: string | null;
  followUps?: FollowUpInput[];
}

export const MEETING_SUBJECT = 'riskMeeting';
export const PERIOD_SUBJECT = 'riskMeetingPeriod';
export const periodSubjectId = (unitId: string, periodStart: string) => `${unitId}:${periodStart}`;

/** Whether the user may record meetings held by `unitId`: its own unit; 协调处 also for the province bureau. */
export function mayRecordFor(user: SessionUser, unitId: string): boolean {
  return unitId === user.unit.id || (unitId === unitIdForSlug('province') && managesRiskMeetings(user));
}

/**
 * Records a 研判活动 (seed art. 22) for the holding unit: the period follows the date (or the
 * previous one, late), each follow-up becomes a work item for its owner unit — a tracking-sampling
 * proposal files a plan suggestion through the plans module instead — and the unit's open
 * `risk_meeting` item of that period is completed, all in one transaction.
 */
export async function recordMeeting(db: Db, user: SessionUser, input: MeetingInput, ip: string | null, now = new Date()) {
  const unitId = input.unitId ?? (input.leadingGroup ? unitIdForSlug('province') : user.unit.id);
  if (!mayRecordFor(user, unitId)) throw new DomainError('RISK_MEETING_OWN_UNIT_ONLY');
  if (input.leadingGroup && unitId !== unitIdForSlug('province')) throw new DomainError('RISK_MEETING_LEADING_GROUP_PROVINCE');
  return db.transaction(async (tx) => {
    const id = await insertMeeting(tx, actorOf(user, ip), user, unitId, input, now);
    return { id };
  });
}

/** The meeting itself, inside the caller's transaction. */
export async function insertMeeting(tx: Tx, actor: Actor, user: SessionUser, unitId: string, input: MeetingInput, now: Date): Promise<string> {
  const [id] = await insertMeetings(tx, actor, user, unitId, [input], now);
  return id;
}

/**
 * Several meetings of one unit in the caller's transaction, with a fixed number of statements
 * whatever their count (the demo seed records a unit's year at once); each input is checked as
 * the single path checks it, and any refusal rolls back all of them.
 */
export async function insertMeetings(tx: Tx, actor: Actor, user: SessionUser, unitId: string, inputs: MeetingInput[], now: Date): Promise<string[]> {
  return insertMeetingsOfUnits(tx, actor, user, inputs.map((input) => ({ unitId, input })), now);
}

/**
 * Meetings of several units in one go: the demo seed records a level's year at once. Deciding
 * who may record for a unit is the caller's (`recordMeeting` checks it for a person).
 */
export async function insertMeetingsOfUnits(tx: Tx, actor: Actor, user: SessionUser, entries: { unitId: string; input: MeetingInput }[], now: Date): Promise<string[]> {
  const holderIds = [...new Set(entries.map((e) => e.unitId))];
  const holders = new Map((holderIds.length ? await tx.select().from(orgUnits).where(inArray(orgUnits.id, holderIds)) : []).map((u) => [u.id, u]));
  const rules = await loadMeetingRules(tx);
  const today = toLocalDate(now);
  const inputs = entries.map((e) => e.input);

  const unitIds = [...new Set(inputs.flatMap((input) => [...(input.participants?.unitIds ?? []), ...(input.followUps ?? []).map((f) => f.ownerUnitId)]))];
  const units = unitIds.length ? await tx.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, unitIds)) : [];
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const categoryIds = [
    ...new Set(inputs.flatMap((input) => [...(input.followUps ?? []).map((f) => f.categoryId), ...(input.risks ?? []).map((r) => r.categoryId)]).filter((c): c is string => Boolean(c))),
  ];
  const categories = categoryIds.length ? await tx.select({ id: foodCategories.id, name: foodCategories.name }).from(foodCategories).where(inArray(foodCategories.id, categoryIds)) : [];
  const categoryNames = new Map(categories.map((c) => [c.id, c.name]));

  const meetingRows: (typeof riskMeetings.$inferInsert)[] = [];
  const actionRows: (typeof riskMeetingActions.$inferInsert)[] = [];
  const items: NewWorkItem[] = [];
  for (const { unitId, input } of entries) {
    const unit = holders.get(unitId);
    if (!unit) throw new DomainError('NOT_FOUND');
    const unitName = unit.shortName ?? unit.name;
    const level = levelOfKind(rules, unit.kind);
    const rule = rules.find((r) => r.level === level);
    if (!level || !rule) throw new DomainError('RISK_MEETING_UNIT_NOT_OBLIGED', undefined, { unit: unitName });
    if (input.heldOn > today) throw new DomainError('RISK_MEETING_IN_FUTURE', { heldOn: '研判日期不能晚于今天' });
    const period = meetingPeriod(input.heldOn, rule.periodMonths, input.forPreviousPeriod ?? false);
    // Before the rhythm applied to the unit there was nothing to hold (a unit exists for 321 from then).
    if (input.heldOn < rule.effectiveFrom || period.end < rule.effectiveFrom) {
      throw new DomainError('RISK_MEETING_BEFORE_UNIT', { heldOn: '研判日期早于开展起始日期' }, { unit: unitName, since: rule.effectiveFrom });
    }
    const followUps = input.followUps ?? [];
    const participantIds = input.participants?.unitIds ?? [];
    const details: Record<string, string> = {};
    participantIds.forEach((pid, i) => {
      if (!unitNames.has(pid)) details[`participants.unitIds.${i}`] = '参加单位不存在';
    });
    followUps.forEach((f, i) => {
      if (!unitNames.has(f.ownerUnitId)) details[`followUps.${i}.ownerUnitId`] = '责任单位不存在';
      if (f.dueOn < input.heldOn) details[`followUps.${i}.dueOn`] = '完成期限不能早于研判日期';
      if (f.categoryId && !categoryNames.has(f.categoryId)) details[`followUps.${i}.categoryId`] = '食品分类不存在';
      if (f.regionCode && !isSichuanRegion(f.regionCode)) details[`followUps.${i}.regionCode`] = '地区应为四川省内的行政区划代码';
    });
    (input.risks ?? []).forEach((r, i) => {
      if (r.categoryId && !categoryNames.has(r.categoryId)) details[`risks.${i}.categoryId`] = '食品分类不存在';
      if (r.regionCode && !isSichuanRegion(r.regionCode)) details[`risks.${i}.regionCode`] = '地区应为四川省内的行政区划代码';
    });
    if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);

    const label = periodLabel(period, rule.periodMonths);
    const id = randomUUID();
    meetingRows.push({
      id,
      unitId,
      level,
      periodStart: period.start,
      periodEnd: period.end,
      late: period.late,
      heldOn: input.heldOn,
      form: input.form,
      leadingGroup: input.leadingGroup ?? false,
      title: input.title?.trim() || `${unitName}${input.leadingGroup ? '“监检联动”工作领导小组会议' : '食品安全风险研判'}（${label}）`,
      summary: input.summary,
      participants: { units: participantIds.map((pid) => ({ id: pid, name: unitNames.get(pid)! })), people: input.participants?.people ?? [] },
      sources: input.sources ?? [],
      risks: (input.risks ?? []).map((r) => ({ ...r, categoryName: r.categoryId ? (categoryNames.get(r.categoryId) ?? null) : null })),
      conclusions: input.conclusions ?? null,
      minutes: input.minutes ?? null,
      recordedByUserId: user.id,
      createdAt: now,
    });
    for (const [i, f] of followUps.entries()) {
      const actionId = randomUUID();
      let suggestionId: string | null = null;
      if (f.kind === 'tracking_sampling') {
        // The plans module owns suggestions; its function runs inside this transaction (a savepoint).
        const itemsText = f.items?.length ? `；建议检验项目：${f.items.join('、')}` : '';
        const suggestion = await createSuggestion(
          tx as unknown as Db,
          user,
          {
            kind: 'sampling',
            year: Number(f.dueOn.slice(0, 4)),
            title: `跟踪抽检建议：${f.description}`.slice(0, 200),
            content: `${unitName}${label}风险研判（${input.heldOn}，${meetingForms[input.form]}）提出跟踪抽检：${f.description}${itemsText}`,
            categoryId: f.categoryId ?? null,
            regionCode: f.regionCode ?? null,
          },
          actor.ip,
          now,
        );
        suggestionId = suggestion.id;
      } else {
        items.push({
          kind: f.kind === 'notice' ? 'risk_notice' : 'risk_action',
          title: `${f.kind === 'notice' ? '发送风险研判通报' : '落实风险研判措施'}：${f.description}（${unitName}${label}）`.slice(0, 300),
          subjectType: MEETING_SUBJECT,
          subjectId: `${id}/${actionId}`,
          ownerUnitId: f.ownerUnitId,
          dueAt: endOfLocalDay(f.dueOn),
          links: [
            { label: '风险研判活动', href: `/risk-meetings/${id}` },
            // The notice sent from this link completes the item (notice-follow-up.ts).
            ...(f.kind === 'notice' ? [{ label: '起草通报', href: `/notices?compose=1&meetingId=${id}&actionId=${actionId}` }] : []),
          ],
        });
      }
      actionRows.push({
        id: actionId,
        meetingId: id,
        kind: f.kind,
        description: f.description,
        ownerUnitId: f.ownerUnitId,
        dueOn: f.dueOn,
        categoryId: f.categoryId ?? null,
        regionCode: f.regionCode ?? null,
        items: f.items ?? [],
        suggestionId,
        sortOrder: i,
      });
    }
  }
  if (meetingRows.length === 0) return [];
  const stored = await tx.insert(riskMeetings).values(meetingRows).returning();
  const created = await createWorkItems(
    tx,
    actor,
    items,
    stored.map((m) => ({ action: 'riskMeeting.record' as const, entityType: MEETING_SUBJECT, entityId: m.id, after: { ...m, followUps: actionRows.filter((a) => a.meetingId === m.id) } })),
  );
  const workItemOf = new Map(created.map((w) => [w.subjectId.split('/')[1], w.id]));
  if (actionRows.length) await tx.insert(riskMeetingActions).values(actionRows.map((a) => ({ ...a, workItemId: workItemOf.get(a.id!) ?? null })));
  // The signals on the units' agenda were before these meetings.
  await takeUpAgenda(tx, meetingRows.map((m) => ({ id: m.id!, unitId: m.unitId!, heldOn: m.heldOn! })));
  // The units' open 321 items of these periods are done, in one statement.
  const subjectIds = [...new Set(meetingRows.map((m) => periodSubjectId(m.unitId!, m.periodStart!)))];
  await closeWorkItemsOfSubjects(tx, actor, { subjectType: PERIOD_SUBJECT, subjectIds, kind: 'risk_meeting' }, 'done');
  return meetingRows.map((m) => m.id!);
}
