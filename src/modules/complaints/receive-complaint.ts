import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';
import { divisionSlugOfEnterpriseKind, DUPLICATE_WINDOW_DAYS, routeComplaint } from '../../domain/complaints/routing.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineByLoadedRule, rulesWithCalendar, type RulesWithCalendar } from '../deadlines/deadline-service.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { regionIndex } from '../sampling/region-index.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import type { ComplaintChannel, ComplaintKind, SubjectLink } from './complaint-names.js';
import { matchEnterprise } from './match-enterprise.js';
import { complainantFingerprint, type PersonalDataCipher } from './personal-data-cipher.js';
import { newTrackingNo } from './tracking-number.js';

export const COMPLAINT_SUBJECT = 'complaint';

export interface ComplaintIntake {
  channel: ComplaintChannel;
  intake: 'portal' | 'manual' | 'import' | 'api';
  kind: ComplaintKind;
  anonymous: boolean;
  complainantName?: string | null;
  complainantPhone?: string | null;
  enterpriseName?: string | null;
  enterpriseCreditCode?: string | null;
  /** The subject's link when no enterprise is matched (its division supervises). */
  link?: SubjectLink | null;
  foodName?: string | null;
  address?: string | null;
  /** The city the complainant chose: settles a county name that repeats across cities (市中区). */
  cityCode?: string | null;
  description: string;
  hotlineNo?: string | null;
  hotlineDueAt?: Date | null;
  requestKey?: string | null;
  intakeKeyId?: string | null;
  /** When the complaint reached a market-regulation department: every period counts from here. */
  receivedAt: Date;
  createdByUserId?: string | null;
}

export type IntakeOutcome =
  /** A new complaint, routed, with its work item. */
  | { result: 'created'; id: string; trackingNo: string }
  /** Same complainant and enterprise within 7 days: stored as merged into the first, not counted again. */
  | { result: 'merged'; id: string; trackingNo: string; mergedIntoId: string }
  /** The same 12345 number or request id again: nothing stored, the first record answers. */
  | { result: 'duplicate'; id: string; trackingNo: string };

/** The deadline rules an intake reads: accepting a 投诉, handling a 举报. */
const INTAKE_RULES = ['complaint.accept', 'report.handle'] as const;

/** The intake's rules and the calendar in force, read once for many rows (the 12345 import). */
export type IntakeDeadlines = RulesWithCalendar;

export function loadIntakeDeadlines(db: Executor): Promise<IntakeDeadlines> {
  return rulesWithCalendar(db, [...INTAKE_RULES]);
}

const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * One complaint in, from any channel (portal, manual entry, 12345 import or API), inside the
 * caller's transaction: replay and duplicate checks, routing by address (county, city, or
 * 投诉举报中心 for what the address cannot settle), the subject matched to an enterprise and its
 * link division, personal data encrypted, the statutory deadlines on the calendar in force, the
 * handling unit's work item and the audit row (which never holds the complainant in clear).
 * `deadlines`: the rules and calendar already read for a whole file (else read here).
 */
export async function receiveComplaint(tx: Tx, actor: Actor, input: ComplaintIntake, cipher: PersonalDataCipher, deadlines?: IntakeDeadlines): Promise<IntakeOutcome> {
  if (input.requestKey && input.intakeKeyId) {
    const [seen] = await tx
      .select({ id: complaints.id, trackingNo: complaints.trackingNo })
      .from(complaints)
      .where(and(eq(complaints.intakeKeyId, input.intakeKeyId), eq(complaints.requestKey, input.requestKey)))
      .limit(1);
    if (seen) return { result: 'duplicate', ...seen };
  }
  const hotlineNo = clean(input.hotlineNo);
  if (hotlineNo) {
    // Serialise transfers of one work order: two at once must not both pass the check.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`complaint:hotline:${hotlineNo}`}))`);
    const [seen] = await tx
      .select({ id: complaints.id, trackingNo: complaints.trackingNo })
      .from(complaints)
      .where(and(eq(complaints.hotlineNo, hotlineNo), isNull(complaints.mergedIntoId)))
      .limit(1);
    if (seen) return { result: 'duplicate', ...seen };
  }

  const route = routeComplaint(regionIndex.resolve(input.address), input.cityCode);
  const handlerUnitId = route.level === 'center' ? unitIdForSlug('complaints') : unitIdForRegion(route.regionCode);
  const subject = await matchEnterprise(tx, { name: input.enterpriseName, creditCode: input.enterpriseCreditCode, regionCode: route.regionCode });
  const divisionSlug = subject.kind ? divisionSlugOfEnterpriseKind[subject.kind] : input.link ? divisionSlugOfEnterpriseKind[{ production: 'producer', distribution: 'distributor', catering: 'caterer', online: 'online_platform' }[input.link]] : undefined;

  const name = input.anonymous ? null : clean(input.complainantName);
  const phone = input.anonymous ? null : clean(input.complainantPhone);
  const fingerprint = complainantFingerprint(cipher, name, phone);
  const enterpriseName = clean(input.enterpriseName);

  const id = randomUUID();
  const trackingNo = newTrackingNo(input.receivedAt);
  const base = {
    id,
    trackingNo,
    channel: input.channel,
    intake: input.intake,
    kind: input.kind,
    anonymous: input.anonymous,
    complainantNameEnc: name ? cipher.encrypt(name) : null,
    complainantPhoneEnc: phone ? cipher.encrypt(phone) : null,
    complainantFingerprint: fingerprint,
    enterpriseId: subject.enterpriseId,
    enterpriseName: enterpriseName,
    enterpriseCreditCode: subject.creditCode,
    enterpriseNeedsReview: subject.needsReview,
    foodName: clean(input.foodName),
    address: clean(input.address),
    regionCode: route.regionCode,
    routingNote: route.note,
    description: input.description.trim(),
    hotlineNo,
    hotlineDueAt: input.hotlineDueAt ?? null,
    requestKey: clean(input.requestKey),
    intakeKeyId: input.intakeKeyId ?? null,
    handlerUnitId,
    divisionUnitId: divisionSlug ? unitIdForSlug(divisionSlug) : null,
    receivedAt: input.receivedAt,
    createdByUserId: input.createdByUserId ?? null,
  };

  const first = fingerprint && (subject.enterpriseId || enterpriseName) ? await firstOfDuplicates(tx, fingerprint, subject.enterpriseId, enterpriseName, input.receivedAt) : undefined;
  if (first) {
    await tx.insert(complaints).values({ ...base, status: 'merged', mergedIntoId: first.id, handlerUnitId: first.handlerUnitId });
    await tx.update(complaints).set({ duplicateCount: sql`${complaints.duplicateCount} + 1`, updatedAt: new Date() }).where(eq(complaints.id, first.id));
    await recordAudit(tx, actor, { action: 'complaint.merge', entityType: COMPLAINT_SUBJECT, entityId: id, after: { ...auditView(base), mergedIntoId: first.id, firstTrackingNo: first.trackingNo } });
    return { result: 'merged', id, trackingNo, mergedIntoId: first.id };
  }

  const accept = deadlineByLoadedRule(deadlines ?? (await loadIntakeDeadlines(tx)), input.kind === 'report' ? 'report.handle' : 'complaint.accept', input.receivedAt);
  // A 12345 transfer is due when the hotline says; a 举报's handling is its 立案 decision.
  const dueAt = input.hotlineDueAt ?? (input.kind === 'report' ? accept.due : null);
  const [row] = await tx
    .insert(complaints)
    .values({ ...base, status: 'received', acceptDueAt: accept.due, dueAt, provisional: accept.provisional })
    .returning();
  await createWorkItems(
    tx,
    actor,
    [
      {
        kind: 'complaint_accept',
        title: `${input.kind === 'report' ? '核查举报并决定是否立案' : '决定是否受理投诉'}：${enterpriseName ?? input.foodName ?? row.trackingNo}${route.level === 'center' ? '（待转办）' : ''}`,
        subjectType: COMPLAINT_SUBJECT,
        subjectId: id,
        ownerUnitId: handlerUnitId,
        dueAt: accept.due,
        links: [{ label: '投诉举报', href: `/complaints/${id}` }],
      },
    ],
    [{ action: 'complaint.receive', entityType: COMPLAINT_SUBJECT, entityId: id, after: auditView(row) }],
  );
  return { result: 'created', id, trackingNo };
}

/** The earliest complaint of the same complainant about the same enterprise in the window, not itself merged. */
async function firstOfDuplicates(tx: Tx, fingerprint: string, enterpriseId: string | null, enterpriseName: string | null, receivedAt: Date) {
  // Either side of the new one: a late-entered older letter is still a repeat of a recent complaint.
  const since = new Date(receivedAt.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const until = new Date(receivedAt.getTime() + DUPLICATE_WINDOW_DAYS * 86_400_000);
  const sameSubject = enterpriseId
    ? eq(complaints.enterpriseId, enterpriseId)
    : sql`regexp_replace(coalesce(${complaints.enterpriseName}, ''), '\\s', '', 'g') = ${enterpriseName!.replace(/\s/g, '')}`;
  const [first] = await tx
    .select({ id: complaints.id, trackingNo: complaints.trackingNo, handlerUnitId: complaints.handlerUnitId })
    .from(complaints)
    .where(and(eq(complaints.complainantFingerprint, fingerprint), sameSubject, isNull(complaints.mergedIntoId), gte(complaints.receivedAt, since), lte(complaints.receivedAt, until)))
    .orderBy(asc(complaints.receivedAt))
    .limit(1);
  return first;
}

/** What the audit row keeps: the record without the complainant (ciphertext or not), which the log must never hold. */
export function auditView<T extends Record<string, unknown>>(row: T) {
  const { complainantNameEnc: _n, complainantPhoneEnc: _p, complainantFingerprint: _f, ...rest } = row as T & Record<string, unknown>;
  return { ...rest, complainant: row.anonymous ? 'anonymous' : 'encrypted' };
}
