import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { creditExportBatches, creditPublications } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertCollector } from './credit-access.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadDueRecords, type DueRecord, type Period } from './due-records.js';
import { summariseRecords } from './list-due-records.js';

/** Serialises exports across connections and processes (distinct from the audit chain's 7_263_002). */
const CREDIT_EXPORT_LOCK = 7_263_101;
/** Rows per insert: 4 bound columns each, far below PostgreSQL's 65 535 parameters. */
const CHUNK = 5000;

/**
 * Collects the period's due records of the user's division, in one transaction: the batch, one
 * credit_publications row per record, and the audit row carrying the records exactly as
 * collected (the file can be downloaded again from it, unchanged by later edits). 信用处's own
 * kinds (penalties, the dishonest list) are sent at once (导出并标记已报送, `credit.export`);
 * 抽检监测处's unqualified results are prepared (`prepared`, `credit.prepareExport`) and wait for
 * 信用处 to approve and send them, or return them (seed art. 11(6)) — approveExportBatch.
 *
 * Nothing is sent twice. Exports take an advisory lock, so a second export waits and then reads
 * the first one's publications; and the unique (record_kind, record_id) key with ON CONFLICT DO
 * NOTHING keeps only the records this batch really claimed, should anything else have sent one
 * meanwhile. Inserts go in (kind, id) order so two writers never wait on each other crosswise.
 * A batch that would claim nothing is refused and rolled back: no empty batches.
 * Records that cannot be sent (no credit code) stay due and are counted as skipped.
 */
export async function createExportBatch(db: Db, user: SessionUser, period: Period, ip: string | null, now = new Date()) {
  const collector = assertCollector(user);
  const prepared = collector.role === 'sampling';
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CREDIT_EXPORT_LOCK})`);
    const due = await loadDueRecords(tx, period, collector.kinds);
    const ready = due.filter((r) => !r.problem);
    const nothing = () =>
      new DomainError(
        'CREDIT_EXPORT_EMPTY',
        { to: due.length ? '该期间的待报送记录均缺少统一社会信用代码，补正后再报送' : '该期间没有待报送的记录（已报送的记录不会重复报送）' },
        { from: period.from, to: period.to },
      );
    if (ready.length === 0) throw nothing();

    const batchId = randomUUID();
    const [batch] = await tx
      .insert(creditExportBatches)
      .values({
        id: batchId,
        periodFrom: period.from,
        periodTo: period.to,
        recordCount: ready.length,
        status: prepared ? 'prepared' : 'sent',
        preparedByUnitId: user.unit.id,
        createdByUserId: user.id,
        createdAt: now,
      })
      .returning();
    const ordered = [...ready].sort((a, b) => a.recordKind.localeCompare(b.recordKind) || a.recordId.localeCompare(b.recordId));
    const claimed = new Set<string>();
    for (let i = 0; i < ordered.length; i += CHUNK) {
      const rows = await tx
        .insert(creditPublications)
        .values(ordered.slice(i, i + CHUNK).map((r) => ({ id: randomUUID(), recordKind: r.recordKind, recordId: r.recordId, batchId, sentAt: now })))
        .onConflictDoNothing({ target: [creditPublications.recordKind, creditPublications.recordId] })
        .returning({ recordKind: creditPublications.recordKind, recordId: creditPublications.recordId });
      for (const r of rows) claimed.add(`${r.recordKind}:${r.recordId}`);
    }
    const sent: DueRecord[] = ready.filter((r) => claimed.has(`${r.recordKind}:${r.recordId}`));
    if (sent.length === 0) throw nothing();
    const final = sent.length === batch.recordCount ? batch : (await tx.update(creditExportBatches).set({ recordCount: sent.length }).where(eq(creditExportBatches.id, batchId)).returning())[0];
    const { byKind } = summariseRecords(sent);
    const skipped = due.length - ready.length;
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: prepared ? 'credit.prepareExport' : 'credit.export',
      entityType: 'creditExportBatch',
      entityId: batchId,
      after: { ...final, byKind, skipped, records: sent },
    });
    if (prepared) {
      await createWorkItems(tx, actor, [
        {
          kind: 'credit_export_approval',
          title: `审核抽检不合格信息归集：${period.from}至${period.to}（${sent.length}条）`,
          subjectType: 'creditExportBatch',
          subjectId: batchId,
          ownerUnitId: unitIdForSlug('credit'),
          links: [{ label: '信用信息归集', href: '/credit?tab=publication' }],
        },
      ]);
    }
    return { ...final, byKind, skipped, createdByName: user.displayName };
  });
}
