import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { publishedResults } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { publicationRecord } from './publication-workflow.js';
import { publicContentOf } from './snapshot.js';
import { publicChanged } from './public-change.js';

/** What a withdrawn record keeps: its sample number and the public note, never its old content. */
const emptied = {
  foodName: null, category: null, categoryRoot: null, spec: null, trademark: null, productionDateText: null,
  sampledPartyName: null, sampledPartyAddress: null, nominalProducerName: null, nominalProducerAddress: null,
  creditCode: null, regionCode: null, regionName: null, samplingDate: null, conclusion: null, failedItems: [],
  labName: null, taskSource: null, disposal: null, searchText: '', searchBigrams: [],
};

async function loadResult(tx: Tx, publicationId: string, sampleId: string) {
  const [result] = await tx.select().from(publishedResults).where(and(eq(publishedResults.publicationId, publicationId), eq(publishedResults.sampleId, sampleId))).limit(1).for('update');
  if (!result) throw new DomainError('NOT_FOUND', { entity: 'publishedResult', sampleId });
  if (result.status === 'withdrawn') throw new DomainError('PUBLISHED_RESULT_WITHDRAWN', { sampleId });
  return result;
}

/** Runs the change in a transaction, then tells the public readers (after the commit). */
async function changingPublic<T>(db: Db, change: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.transaction(change);
  publicChanged();
  return result;
}

const appendNote = (note: string, at: Date) => sql`${publishedResults.corrections} || ${JSON.stringify([{ at: at.toISOString(), note }])}::jsonb`;

/**
 * Corrects a published record (更正): the public content is taken again from the sample as it
 * stands, and the correction note is appended to the record's public history. Never silent.
 */
export async function correctPublishedResult(db: Db, user: SessionUser, publicationId: string, sampleId: string, input: { note: string }, ip: string | null, now = new Date()) {
  return changingPublic(db, async (tx) => {
    await loadForAction(tx, user, publicationRecord, publicationId, 'correct', null);
    const before = await loadResult(tx, publicationId, sampleId);
    const content = (await publicContentOf(tx, [sampleId])).get(sampleId)!;
    const [after] = await tx
      .update(publishedResults)
      .set({ ...content, corrections: appendNote(`更正：${input.note}`, now), updatedAt: now })
      .where(eq(publishedResults.id, before.id))
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'publication.correct', entityType: 'publishedResult', entityId: before.id, before, after });
    return after;
  });
}

/**
 * Withdraws a published record (撤回, e.g. a result overturned by retest): the public sees that it
 * was withdrawn and why, and no longer its content (kept in the audit row).
 */
export async function withdrawPublishedResult(db: Db, user: SessionUser, publicationId: string, sampleId: string, input: { note: string }, ip: string | null, now = new Date()) {
  return changingPublic(db, async (tx) => {
    await loadForAction(tx, user, publicationRecord, publicationId, 'withdraw', null);
    const before = await loadResult(tx, publicationId, sampleId);
    await withdrawRow(tx, before.id, input.note, now);
    await recordAudit(tx, actorOf(user, ip), { action: 'publication.withdraw', entityType: 'publishedResult', entityId: before.id, before, after: { status: 'withdrawn', note: input.note } });
  });
}

async function withdrawRow(tx: Tx, id: string, note: string, now: Date) {
  await tx
    .update(publishedResults)
    .set({ ...emptied, status: 'withdrawn', publicNote: note, corrections: appendNote(`撤回：${note}`, now), updatedAt: now })
    .where(eq(publishedResults.id, id));
}

/** Withdraws a whole publication (an announcement with all its records, or a warning), with its public note. */
export async function withdrawPublication(db: Db, user: SessionUser, id: string, input: { note: string; version?: number }, ip: string | null, now = new Date()) {
  return changingPublic(db, async (tx) => {
    const { row, update } = await loadForAction(tx, user, publicationRecord, id, 'withdraw', input.version ?? null);
    const rows = await tx.select({ id: publishedResults.id }).from(publishedResults).where(and(eq(publishedResults.publicationId, id), eq(publishedResults.status, 'current')));
    for (const r of rows) await withdrawRow(tx, r.id, input.note, now);
    const after = await update({ status: 'withdrawn', withdrawnAt: now, withdrawalNote: input.note });
    await recordAudit(tx, actorOf(user, ip), { action: 'publication.withdraw', entityType: 'publication', entityId: id, before: { status: row.status }, after: { status: after.status, note: input.note, records: rows.length } });
    return after;
  });
}
