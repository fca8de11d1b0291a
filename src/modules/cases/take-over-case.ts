import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { workItems } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { getCase } from './get-case.js';

export interface TakeOverInput {
  caseId: string;
  version: number;
  /** Why 稽查局 takes the case (疑难、重大, 跨区域, 全省影响 …). */
  reason: string;
}

/**
 * 综合执法稽查局 takes over a city or county bureau's case (seed art. 12: it handles
 * province-wide or cross-region difficult and major cases and guides the local ones; a local
 * major case stays with its bureau until 稽查局 takes it). Until the decision, not while a legal
 * review is pending (the reviewing unit would change under it). The case keeps its number; the
 * bureau that filed it keeps reading it; an open receipt work item moves to 稽查局.
 */
export async function takeOverCase(db: Db, user: SessionUser, input: TakeOverInput, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    // 稽查局, a bureau's case, before the decision, no review under way (src/domain/workflow/case.ts).
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'takeOver', input.version);
    const enforcement = unitIdForSlug('enforcement');
    const takeOver = { fromUnitId: row.ownerUnitId, on: toLocalDate(now), reason: input.reason, byUserId: user.id };
    const after = await update({ ownerUnitId: enforcement, takeOver });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'case.takeOver',
      entityType: 'case',
      entityId: row.id,
      before: { ownerUnitId: row.ownerUnitId, version: row.version },
      after: { ownerUnitId: enforcement, takeOver, version: after.version },
    });
    // The receipt of a transfer is now 稽查局's to record.
    const [receipt] = await tx
      .select({ id: workItems.id, title: workItems.title, links: workItems.links })
      .from(workItems)
      .where(and(eq(workItems.subjectType, 'case'), eq(workItems.subjectId, row.id), eq(workItems.kind, 'judicial_receipt'), eq(workItems.status, 'open')))
      .limit(1);
    if (receipt) {
      await closeSubjectWorkItems(tx, actor, { subjectType: 'case', subjectId: row.id, kind: 'judicial_receipt' }, 'cancelled');
      await createWorkItems(tx, actor, [{ kind: 'judicial_receipt', title: receipt.title, subjectType: 'case', subjectId: row.id, ownerUnitId: enforcement, links: receipt.links }]);
    }
    return getCase(tx, user, row.id, now);
  });
}
