import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { resultItems, samples, type ResultSetKind } from '../../db/schema/index.js';
import { deriveConclusion, type Judgement, type SamplingType } from '../../domain/sampling/judge.js';
import type { Actor } from '../access/actor.js';
import { insertRows } from '../imports/bulk-insert.js';
import type { EvaluatedItem } from './evaluate-items.js';
import { afterResultsChanged } from './results-changed.js';

export interface ResultSetWrite {
  sampleId: string;
  /** The judged items (evaluate-items.ts); none for a sample recorded without results. */
  items: EvaluatedItem[];
  /** The retest application the items answer: they are added as its retest set. Absent: the initial set. */
  retestOf?: string;
}

export interface WriteResultsOptions {
  /** Why a disposal is voided when a result is no longer unqualified (kept in its history). */
  reason: string;
  now?: Date;
  /** Samples inserted in this transaction: they have no results to replace, so none are looked for. */
  fresh?: ReadonlySet<string>;
}

/** Rows per INSERT: one array parameter per column (imports/bulk-insert.ts), so this bounds memory, not statement size. */
const CHUNK = 10_000;

/**
 * The one way results are written: manual entry, correction, import (many samples per call, as
 * one bulk insert) and the retest conclusion. In the caller's transaction:
 * - an initial set replaces the sample's initial items (the first lab's results, corrected or
 *   re-imported);
 * - a retest set is added beside them, linked to its application, and becomes the effective set;
 *   the initial items stay, no longer effective (shown as 初检结果);
 * - an initial set written for a sample whose retest set is effective (a file imported again)
 *   is stored but does not take effect: the retest conclusion is final (食品安全法 art. 88), so
 *   the sample's conclusion is put back to the retest set's;
 * - then afterResultsChanged: disposals opened or voided, escalation rules re-evaluated.
 * The caller stores the sample's conclusion from the set it judged, as before.
 */
export async function writeResults(tx: Tx, actor: Actor, writes: ResultSetWrite[], options: WriteResultsOptions) {
  const now = options.now ?? new Date();
  const initial = writes.filter((w) => !w.retestOf).map((w) => w.sampleId);
  const retests = writes.filter((w) => w.retestOf).map((w) => w.sampleId);
  const existing = initial.filter((id) => !options.fresh?.has(id));
  let held = new Set<string>();
  if (existing.length) {
    await tx.delete(resultItems).where(and(inArray(resultItems.sampleId, existing), eq(resultItems.resultSet, 'initial')));
    const retested = await tx
      .selectDistinct({ sampleId: resultItems.sampleId })
      .from(resultItems)
      .where(and(inArray(resultItems.sampleId, existing), eq(resultItems.resultSet, 'retest'), eq(resultItems.effective, true)));
    held = new Set(retested.map((r) => r.sampleId));
  }
  if (retests.length) {
    await tx
      .update(resultItems)
      .set({ effective: false })
      .where(and(inArray(resultItems.sampleId, retests), eq(resultItems.effective, true)));
  }
  const rows = writes.flatMap((w) => w.items.map((item) => itemRow(w, item, !held.has(w.sampleId))));
  for (let i = 0; i < rows.length; i += CHUNK) await insertRows(tx, resultItems, rows.slice(i, i + CHUNK));
  if (held.size) await restoreRetestConclusions(tx, [...held]);
  const changed = await afterResultsChanged(tx, actor, writes.map((w) => w.sampleId), options.reason, now);
  return { ...changed, heldByRetest: [...held] };
}

/** Every column, in the same order for every row: insertRows takes the first row's keys. */
function itemRow(write: ResultSetWrite, item: EvaluatedItem, effective: boolean) {
  const resultSet: ResultSetKind = write.retestOf ? 'retest' : 'initial';
  return {
    id: randomUUID(),
    sampleId: write.sampleId,
    testItemId: item.testItemId,
    itemName: item.itemName,
    resultText: item.resultText,
    resultValue: item.resultValue,
    subResults: item.subResults,
    unit: item.unit,
    limitText: item.limitText,
    limitType: item.limitType,
    limitValue: item.limitValue,
    samplingPlan: item.samplingPlan,
    standard: item.standard,
    judgement: item.judgement,
    microbiological: item.microbiological,
    sortOrder: item.sortOrder,
    resultSet,
    objectionId: write.retestOf ?? null,
    effective,
  };
}

/** The conclusion of samples whose retest set stays effective, derived from that set again. */
async function restoreRetestConclusions(tx: Tx, sampleIds: string[]) {
  const rows = await tx
    .select({ sampleId: resultItems.sampleId, judgement: resultItems.judgement, samplingType: samples.samplingType })
    .from(resultItems)
    .innerJoin(samples, eq(samples.id, resultItems.sampleId))
    .where(and(inArray(resultItems.sampleId, sampleIds), eq(resultItems.effective, true)));
  const bySample = new Map<string, { samplingType: SamplingType; judgements: Judgement[] }>();
  for (const r of rows) {
    const entry = bySample.get(r.sampleId) ?? { samplingType: r.samplingType as SamplingType, judgements: [] };
    entry.judgements.push(r.judgement as Judgement);
    bySample.set(r.sampleId, entry);
  }
  for (const [id, { samplingType, judgements }] of bySample) {
    await tx.update(samples).set({ conclusion: deriveConclusion(judgements, samplingType) }).where(eq(samples.id, id));
  }
}
