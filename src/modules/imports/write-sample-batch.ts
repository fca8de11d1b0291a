import { randomUUID } from 'node:crypto';
import { inArray, param, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { enterpriseKey, resolveEnterprises } from '../enterprises/resolve-enterprises.js';
import { ownerUnitForRegion } from '../org/jurisdiction.js';
import { writeResults } from '../sampling/write-results.js';
import { OFFICER_MISSING } from '../sampling/accompanying-officer.js';
import { flagsIn, LINK_UNKNOWN, syncReviewWorkItems } from '../sampling/review-flags.js';
import type { SampleDraft } from './map-parsed-sample.js';
import { insertRows } from './bulk-insert.js';

export interface BatchResult {
  imported: number;
  updated: number;
  unchanged: number;
  disposalsOpened: number;
  escalationsCreated: number;
  disposalsVoided: number;
  /** Work items opened for the owner bureau to record a missing accompanying officer (art. 23). */
  officerItemsOpened: number;
  /** Work items opened for the owner bureau to determine an unknown link, or to check a sampling date the file did not give (review-flags.ts). */
  linkItemsOpened: number;
  samplingDateItemsOpened: number;
  /** Sample ids written (new or changed), for what reacts to them (e.g. disposals). */
  written: { id: string; sampleNo: string; inserted: boolean; conclusion: string }[];
}

/** Thrown to roll a dry-run batch back after counting what it would have done. */
class DryRunRollback extends Error {
  constructor(readonly result: BatchResult) {
    super('dry run');
  }
}

/**
 * Writes one batch in one transaction: enterprises, samples (upsert on the sample number),
 * their items, audit rows. A crash mid-batch leaves nothing of it; running the file again
 * skips samples whose content is unchanged and updates those whose results changed.
 */
export async function writeSampleBatch(
  db: Db,
  actor: Actor,
  drafts: SampleDraft[],
  context: { jobId: string; dryRun: boolean; onWritten?: (tx: Tx, result: BatchResult) => Promise<void> },
): Promise<BatchResult> {
  // A file may list one sample twice: the later row wins, as a later file would.
  const bySampleNo = new Map(drafts.map((d) => [d.sampleNo, d]));
  const unique = [...bySampleNo.values()];
  try {
    return await db.transaction(async (tx) => {
      const existing = await tx
        .select({ sampleNo: samples.sampleNo, importHash: samples.importHash })
        .from(samples)
        .where(inArray(samples.sampleNo, unique.map((d) => d.sampleNo)));
      const hashes = new Map(existing.map((e) => [e.sampleNo, e.importHash]));
      const changed = unique.filter((d) => hashes.get(d.sampleNo) !== d.importHash);
      const result: BatchResult = { imported: 0, updated: 0, unchanged: unique.length - changed.length, disposalsOpened: 0, disposalsVoided: 0, escalationsCreated: 0, officerItemsOpened: 0, linkItemsOpened: 0, samplingDateItemsOpened: 0, written: [] };
      if (changed.length === 0) return result;

      const refs = changed.flatMap((d) => (d.nominalProducer ? [d.sampledParty, d.nominalProducer] : [d.sampledParty]));
      const enterprises = await resolveEnterprises(tx, actor, refs);
      const now = new Date();
      const rows = changed.map((d) => ({
        id: randomUUID(),
        sampleNo: d.sampleNo,
        ...d.values,
        sampledPartyId: enterprises.get(enterpriseKey(d.sampledParty))!.id,
        nominalProducerId: d.nominalProducer ? enterprises.get(enterpriseKey(d.nominalProducer))!.id : null,
        ownerUnitId: ownerUnitForRegion(d.ownerRegionCode),
        organisedByMarketRegulation: true,
        source: 'import',
        importJobId: context.jobId,
        importHash: d.importHash,
        updatedAt: now,
      }));
      // Upsert on the sample number, one array parameter per column (bulk-insert.ts).
      // An accompanying officer, or a link, recorded by hand survives a file that does not name one.
      const returned = await insertRows<{ id: string; sample_no: string; conclusion: string; inserted: boolean; has_officer: boolean; has_link: boolean }>(tx, samples, rows, {
        conflictTarget: 'sample_no',
        keep: ['id'],
        // So is the announcement a publication table gave, when a later file (the export) has none.
        fill: ['accompanying_officer', 'link', 'notice_no', 'notice_date', 'notice_url'],
        returning: sql`id, sample_no, conclusion, (xmax = 0) AS inserted, accompanying_officer IS NOT NULL AS has_officer, link IS NOT NULL AS has_link`,
      });
      const upserted = returned.map((u) => ({ id: u.id, sampleNo: u.sample_no, conclusion: u.conclusion, inserted: u.inserted }));
      // Updated samples: bump the version so an open edit form sees the change.
      const updatedIds = upserted.filter((u) => !u.inserted).map((u) => u.id);
      if (updatedIds.length) {
        await tx.update(samples).set({ version: sql`${samples.version} + 1` }).where(inArray(samples.id, updatedIds));
      }
      const idBySampleNo = new Map(upserted.map((u) => [u.sampleNo, u.id]));
      // The day the conclusion was received, where the file gives it: set before the disposals
      // open below, so their periods count from it. Never cleared by a file without it.
      const received = changed.filter((d) => d.conclusionReceivedOn);
      if (received.length) {
        await tx.execute(sql`
          UPDATE samples SET conclusion_received_on = v.on_date
          FROM unnest(${param(received.map((d) => idBySampleNo.get(d.sampleNo)!))}::uuid[], ${param(received.map((d) => d.conclusionReceivedOn!))}::date[]) AS v(id, on_date)
          WHERE samples.id = v.id`);
      }
      await recordAudit(
        tx,
        actor,
        ...upserted.map((u) => ({
          action: u.inserted ? ('sample.import' as const) : ('sample.importUpdate' as const),
          entityType: 'sample',
          entityId: u.id,
          after: { sampleNo: u.sampleNo, conclusion: u.conclusion, importJobId: context.jobId, row: bySampleNo.get(u.sampleNo)!.row },
        })),
      );
      result.imported = upserted.filter((u) => u.inserted).length;
      result.updated = updatedIds.length;
      result.written = upserted;
      // The file's results replace each sample's initial set, in bulk (write-results.ts). Every
      // unqualified result becomes a disposal in this same transaction (and an overturned one is
      // voided): nobody can lose one between the import and the ledger.
      const synced = await writeResults(
        tx,
        actor,
        changed.map((d) => ({ sampleId: idBySampleNo.get(d.sampleNo)!, items: d.items })),
        { reason: '导入的新检验结果已不再为不合格', fresh: new Set(upserted.filter((u) => u.inserted).map((u) => u.id)) },
      );
      result.disposalsOpened = synced.opened;
      result.disposalsVoided = synced.voided;
      result.escalationsCreated = synced.escalationsCreated;
      const flagged = await checkReviewFlags(tx, actor, returned, bySampleNo);
      result.officerItemsOpened = flagged.officer;
      result.linkItemsOpened = flagged.link;
      result.samplingDateItemsOpened = flagged.samplingDate;
      await context.onWritten?.(tx, result);
      if (context.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}

/**
 * Review flags (review-flags.ts): a written sample whose file did not carry the accompanying
 * officer (art. 23), the link or the sampling date gets a work item per flag for its owner
 * bureau. An officer or link recorded by hand and kept by the upsert (`fill`) drops the import's
 * review reason again. Returns how many items were opened, by flag.
 */
async function checkReviewFlags(
  tx: Tx,
  actor: Actor,
  returned: { id: string; sample_no: string; has_officer: boolean; has_link: boolean }[],
  drafts: Map<string, SampleDraft>,
) {
  const reasonsOf = (u: { sample_no: string }) => drafts.get(u.sample_no)!.values.reviewReasons;
  const kept = returned.flatMap((u) => {
    const drop = [...(u.has_officer && reasonsOf(u).includes(OFFICER_MISSING) ? [OFFICER_MISSING] : []), ...(u.has_link && reasonsOf(u).includes(LINK_UNKNOWN) ? [LINK_UNKNOWN] : [])];
    return drop.length ? [{ u, drop }] : [];
  });
  // One UPDATE per combination of reasons dropped (at most three), not per sample.
  const byDrop = new Map<string, typeof kept>();
  for (const k of kept) {
    const key = k.drop.join('\n');
    if (!byDrop.has(key)) byDrop.set(key, []);
    byDrop.get(key)!.push(k);
  }
  for (const group of byDrop.values()) {
    const remaining = sql`${samples.reviewReasons} - ${param(group[0].drop)}::text[]`;
    await tx.update(samples).set({ reviewReasons: remaining, needsReview: sql`jsonb_array_length(${remaining}) > 0` }).where(inArray(samples.id, group.map(({ u }) => u.id)));
  }
  const dropped = new Map(kept.map(({ u, drop }) => [u.id, drop]));
  return syncReviewWorkItems(
    tx,
    actor,
    returned.map((u) => {
      const d = drafts.get(u.sample_no)!;
      const reasons = reasonsOf(u).filter((r) => !dropped.get(u.id)?.includes(r));
      return { id: u.id, sampleNo: u.sample_no, foodName: d.values.foodName, ownerUnitId: ownerUnitForRegion(d.ownerRegionCode), flags: flagsIn(reasons) };
    }),
  );
}
