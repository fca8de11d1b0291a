import { randomUUID } from 'node:crypto';
import { and, inArray } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../db/client.js';
import { objections, publicationSamples, publications, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { PENDING_RETEST_NOTE, publicationRules, publishable } from '../../domain/publication/rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import { openReviewItems } from './review-work-items.js';

export interface NewPublication {
  kind?: 'announcement' | 'warning';
  title: string;
  sampleIds: string[];
  body?: string;
  tags?: string[];
  noticeNo?: string;
}

/** The samples with an objection or retest still open (pending or accepted, not concluded). */
async function pendingSamples(db: Executor, sampleIds: string[]): Promise<Set<string>> {
  if (sampleIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ sampleId: objections.sampleId })
    .from(objections)
    .where(and(inArray(objections.sampleId, sampleIds), inArray(objections.status, ['pending', 'accepted'])));
  return new Set(rows.map((r) => r.sampleId));
}

/** How the hold-back rule treats each sample now: held back, or published with a public note. */
export async function holdBackDecisions(db: Executor, sampleIds: string[]) {
  const pending = await pendingSamples(db, sampleIds);
  const hold = publicationRules.pendingObjection.value === 'hold';
  return new Map(sampleIds.map((id) => [id, pending.has(id) ? { heldBack: hold, publicNote: hold ? null : PENDING_RETEST_NOTE } : { heldBack: false, publicNote: null }]));
}

/**
 * Drafts a batch (抽检信息公告) or a consumer warning (消费提示) from samples the user reads, and
 * sends it to co-review: 抽检监测处 and 新闻宣传处 each get a 会审 item.
 */
export async function createPublication(db: Db, user: SessionUser, input: NewPublication, ip: string | null) {
  return db.transaction((tx) => draftPublication(tx, user, input, ip));
}

/**
 * The same inside the caller's transaction: another module drafting a publication with its own
 * change (a rumour response of an opinion event becomes a consumer warning with its link).
 */
export async function draftPublication(tx: Tx, user: SessionUser, input: NewPublication, ip: string | null) {
  const kind = input.kind ?? 'announcement';
  const ids = [...new Set(input.sampleIds)];
  const found = ids.length
    ? await tx
        .select({ id: samples.id, sampleNo: samples.sampleNo, conclusion: samples.conclusion, samplingType: samples.samplingType })
        .from(samples)
        .where(and(inArray(samples.id, ids), sampleInScope(user)))
    : [];
  if (found.length !== ids.length) throw new DomainError('PUBLICATION_SAMPLES_UNKNOWN', { missing: ids.filter((id) => !found.some((f) => f.id === id)) }, { count: ids.length - found.length });
  if (kind === 'announcement') {
    const notReady = found.find((s) => !publishable(s));
    if (notReady) throw new DomainError('PUBLICATION_SAMPLE_PENDING', { sampleId: notReady.id }, { sampleNo: notReady.sampleNo });
  }
  const id = randomUUID();
  const [row] = await tx
    .insert(publications)
    .values({
      id,
      kind,
      title: input.title,
      body: input.body ?? null,
      tags: input.tags ?? [],
      noticeNo: input.noticeNo ?? null,
      draftedByUnitId: user.unit.id,
      draftedByUserId: user.id,
    })
    .returning();
  const decisions = await holdBackDecisions(tx, ids);
  if (ids.length) {
    await tx.insert(publicationSamples).values(ids.map((sampleId) => ({ publicationId: id, sampleId, ...decisions.get(sampleId)! })));
  }
  const actor = actorOf(user, ip);
  await recordAudit(tx, actor, { action: 'publication.create', entityType: 'publication', entityId: id, after: { ...row, sampleIds: ids, heldBack: ids.filter((s) => decisions.get(s)!.heldBack) } });
  await openReviewItems(tx, actor, row);
  return row;
}
