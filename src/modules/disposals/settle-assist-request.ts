import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assistRequests, disposals } from '../../db/schema/index.js';
import { DomainError, type PlainErrorCode } from '../../domain/errors.js';
import { reaches } from '../../domain/jurisdiction.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitFact } from '../access/unit-facts.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';

export type Party = 'requested' | 'requester';

type AssistRequest = typeof assistRequests.$inferSelect;

/**
 * The guard of every assist action: the request, locked, in the acting party's subtree (else
 * 404), its disposal not voided, and the version the user saw (else 409).
 * - requested: the bureau asked (toUnitId); for an out-of-province request there is no such
 *   bureau on the platform, so the requesting bureau records the reply letter it received;
 * - requester: the bureau that asked (fromUnitId, the disposal's owner).
 */
export async function loadAssist(tx: Tx, user: SessionUser, id: string, party: Party, version: number) {
  const [row] = await tx
    .select({ assist: assistRequests, disposalStatus: disposals.status })
    .from(assistRequests)
    .innerJoin(disposals, eq(disposals.id, assistRequests.disposalId))
    .where(eq(assistRequests.id, id))
    .limit(1)
    .for('update', { of: assistRequests });
  const acts =
    row &&
    (party === 'requested'
      ? reaches(user, 'assistRequest', 'answer', { units: { addressed: await unitFact(tx, row.assist.toUnitId ?? row.assist.fromUnitId) } })
      : reaches(user, 'assistRequest', 'close', { units: { asker: await unitFact(tx, row.assist.fromUnitId) } }));
  if (!row || !acts) throw new DomainError('NOT_FOUND', { entity: 'assistRequest', id });
  if (row.disposalStatus === 'voided') throw new DomainError('ASSIST_DISPOSAL_VOIDED', { status: 'voided' });
  if (row.assist.version !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: row.assist.version });
  return row.assist;
}

/** How one party settles an open (`requested`) assist request: replied by the bureau asked, or closed by the asker. */
export interface AssistSettlement {
  party: Party;
  status: 'replied' | 'closed';
  /** Columns written beside the new status (the reply, or the closing reason and who closed it), built once the row is locked. */
  changes: () => Partial<AssistRequest>;
  action: 'assist.reply' | 'assist.close';
  /** Added to the audit row's `after`. */
  auditAfter: Record<string, unknown>;
  /** How the request's open work items end: done by the reply, cancelled by the closing. */
  workItems: 'done' | 'cancelled';
  /** The refusal when the request is no longer `requested`, by its current status. */
  settledRefusal: (status: string) => PlainErrorCode;
}

/**
 * Settles an assist request in one transaction: guard (loadAssist), only from `requested`, the
 * status change with a new version, the audit row on the disposal, and the request's open work
 * items ended — so a disposal's closing guard (assistsSettled in src/domain/workflow/disposal.ts) sees it settled.
 */
export async function settleAssistRequest(db: Db, user: SessionUser, id: string, version: number, ip: string | null, settlement: AssistSettlement) {
  return db.transaction(async (tx) => {
    const assist = await loadAssist(tx, user, id, settlement.party, version);
    if (assist.status !== 'requested') throw new DomainError(settlement.settledRefusal(assist.status), { status: assist.status });
    const [after] = await tx
      .update(assistRequests)
      .set({ ...settlement.changes(), status: settlement.status, version: assist.version + 1 })
      .where(eq(assistRequests.id, id))
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: settlement.action,
      entityType: 'disposal',
      entityId: assist.disposalId,
      before: { assistRequestId: id, status: assist.status },
      after: { assistRequestId: id, status: after.status, ...settlement.auditAfter },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'assistRequest', subjectId: id }, settlement.workItems);
    return after;
  });
}
