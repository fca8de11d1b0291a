/**
 * The owner bureau supplies a fact an imported file did not carry (review-flags.ts): the link
 * (环节) or the sampling date. Like recording the officer (record-accompanying-officer.ts), it
 * removes the import's review reason and completes that sample's work item, in one transaction,
 * with the audit row; optimistic locking on `version`. What depends on the fact follows:
 * - the link: the sample's open disposal takes it, and with it the guiding division it was
 *   waiting for (guidingDivisionSlug), and an open 24-hour report takes it too;
 * - both: the escalation rules are evaluated again for the enterprises concerned (the link
 *   decides the distributor and caterer rules, the date the year a batch counts in).
 */
import type { AuditAction } from '../../domain/audit-actions.js';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.js';
import { foodCategories, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Link } from '../../domain/sampling/sample-rules.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type Actor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { linkOpenDisposals } from '../disposals/link-open-disposals.js';
import { linkOpenUrgentReports } from '../urgent/link-open-urgent-reports.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { afterCountedFactsChanged } from './results-changed.js';
import { REVIEW_FLAGS, type ReviewFlag } from './review-flags.js';
import { sampleInScope } from './sample-scope.js';

type SampleRow = typeof samples.$inferSelect;

async function fixFlag(
  db: Db,
  user: SessionUser,
  input: { sampleId: string; version: number },
  ip: string | null,
  fix: {
    flag: ReviewFlag;
    action: AuditAction;
    check?: (before: SampleRow) => void;
    set: Partial<SampleRow>;
    follow: (tx: Tx, actor: Actor, after: SampleRow) => Promise<void>;
  },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(samples).where(and(eq(samples.id, input.sampleId), sampleInScope(user))).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'sample', id: input.sampleId });
    fix.check?.(before);
    const { reason, kind } = REVIEW_FLAGS[fix.flag];
    const reviewReasons = before.reviewReasons.filter((r) => r !== reason);
    const [after] = await tx
      .update(samples)
      .set({ ...fix.set, reviewReasons, needsReview: reviewReasons.length > 0, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(samples.id, input.sampleId), eq(samples.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
    const actor = actorOf(user, ip);
    const fields = Object.keys(fix.set) as (keyof SampleRow)[];
    const pick = (row: SampleRow) => Object.fromEntries([...fields, 'reviewReasons'].map((f) => [f, row[f as keyof SampleRow]]));
    await recordAudit(tx, actor, { action: fix.action, entityType: 'sample', entityId: input.sampleId, before: pick(before), after: pick(after) });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'sample', subjectId: input.sampleId, kind }, 'done');
    await fix.follow(tx, actor, after);
    return after;
  });
}

/** Determines the link of a sample imported without one. */
export function recordSampleLink(db: Db, user: SessionUser, input: { sampleId: string; version: number; link: Link }, ip: string | null) {
  return fixFlag(db, user, input, ip, {
    flag: 'link',
    action: 'sample.recordLink',
    set: { link: input.link },
    follow: async (tx, actor, sample) => {
      const root = alias(foodCategories, 'root');
      const [category] = sample.categoryRootId ? await tx.select({ name: root.name }).from(root).where(eq(root.id, sample.categoryRootId)) : [];
      await linkOpenDisposals(tx, actor, sample, input.link, category?.name ?? null);
      await linkOpenUrgentReports(tx, actor, sample.id, input.link);
      await afterCountedFactsChanged(tx, actor, [sample.id]);
    },
  });
}

/** Records the sampling date of a sample imported without one (recorded as the import day meanwhile). */
export function recordSamplingDate(db: Db, user: SessionUser, input: { sampleId: string; version: number; samplingDate: string }, ip: string | null) {
  return fixFlag(db, user, input, ip, {
    flag: 'samplingDate',
    action: 'sample.recordSamplingDate',
    check: (before) => {
      if (input.samplingDate > toLocalDate(new Date())) throw new DomainError('VALIDATION_FAILED', { samplingDate: '抽样日期不能晚于今天' });
      if (before.conclusionReceivedOn && input.samplingDate > before.conclusionReceivedOn) {
        throw new DomainError('VALIDATION_FAILED', { samplingDate: `抽样日期不能晚于收到检验结论的日期（${before.conclusionReceivedOn}）` });
      }
    },
    set: { samplingDate: input.samplingDate },
    follow: async (tx, actor, sample) => {
      await afterCountedFactsChanged(tx, actor, [sample.id]);
    },
  });
}
