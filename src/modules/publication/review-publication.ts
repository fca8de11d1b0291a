import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { publicationReviews, publicationSamples } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { holdBackDecisions } from './create-publication.js';
import { publicationRecord } from './publication-workflow.js';
import { reviewSidesOf } from './publication-scope.js';
import { closeReviewItem, openReviewItems } from './review-work-items.js';

/**
 * A reviewing division approves (会审通过). The publication becomes `approved` once both
 * 抽检监测处 and 新闻宣传处 have approved in the current round; each approval is audited.
 */
export async function approvePublication(db: Db, user: SessionUser, id: string, input: { comment?: string }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, publicationRecord, id, 'approve', null);
    const actor = actorOf(user, ip);
    const existing = await tx
      .select({ side: publicationReviews.side })
      .from(publicationReviews)
      .where(and(eq(publicationReviews.publicationId, id), eq(publicationReviews.round, row.round), eq(publicationReviews.decision, 'approve')));
    const done = new Set(existing.map((e) => e.side));
    const sides = reviewSidesOf(user).filter((s) => !done.has(s));
    for (const side of sides) {
      await tx.insert(publicationReviews).values({ id: randomUUID(), publicationId: id, round: row.round, side, decision: 'approve', comment: input.comment?.trim() || null, userId: user.id, unitId: user.unit.id });
      done.add(side);
      await closeReviewItem(tx, actor, id, side, 'done');
    }
    const both = done.has('sampling') && done.has('news');
    const after = both ? await update({ status: 'approved' }) : await update({});
    await recordAudit(tx, actor, { action: 'publication.approve', entityType: 'publication', entityId: id, before: { status: row.status }, after: { status: after.status, round: row.round, sides, comment: input.comment?.trim() || null } });
    return after;
  });
}

/** A reviewing division returns the publication with its comments; the other division's item is cancelled. */
export async function returnPublication(db: Db, user: SessionUser, id: string, input: { comment: string }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, publicationRecord, id, 'return', null);
    const actor = actorOf(user, ip);
    const sides = reviewSidesOf(user);
    for (const side of sides) {
      await tx.insert(publicationReviews).values({ id: randomUUID(), publicationId: id, round: row.round, side, decision: 'return', comment: input.comment.trim(), userId: user.id, unitId: user.unit.id });
    }
    const after = await update({ status: 'returned' });
    for (const side of ['sampling', 'news'] as const) await closeReviewItem(tx, actor, id, side, sides.includes(side) ? 'done' : 'cancelled');
    await recordAudit(tx, actor, { action: 'publication.return', entityType: 'publication', entityId: id, before: { status: row.status }, after: { status: after.status, round: row.round, sides, comment: input.comment.trim() } });
    return after;
  });
}

/** The drafter resubmits a returned publication (edited title or text): a new review round, both divisions again. */
export async function resubmitPublication(db: Db, user: SessionUser, id: string, input: { version: number; title?: string; body?: string }, ip: string | null) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, publicationRecord, id, 'resubmit', input.version);
    const after = await update({ status: 'review', round: row.round + 1, title: input.title ?? row.title, body: input.body ?? row.body });
    // The hold-back decision is taken again: an objection may have been filed or concluded since.
    const sampleRows = await tx.select({ sampleId: publicationSamples.sampleId }).from(publicationSamples).where(eq(publicationSamples.publicationId, id));
    const decisions = await holdBackDecisions(tx, sampleRows.map((s) => s.sampleId));
    for (const [sampleId, d] of decisions) {
      await tx.update(publicationSamples).set(d).where(and(eq(publicationSamples.publicationId, id), eq(publicationSamples.sampleId, sampleId)));
    }
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'publication.resubmit', entityType: 'publication', entityId: id, before: { status: row.status, round: row.round, title: row.title, body: row.body }, after: { status: after.status, round: after.round, title: after.title, body: after.body } });
    await openReviewItems(tx, actor, after);
    return after;
  });
}
