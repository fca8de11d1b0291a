import type { Db } from '../../db/client.js';
import type { assistRequests } from '../../db/schema/index.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { assistRecord } from './assist-workflow.js';

type AssistRequest = typeof assistRequests.$inferSelect;

/** How one party settles an open (`requested`) assist request: replied by the bureau asked, or closed by the asker. */
export interface AssistSettlement {
  /** The action of the 协查 workflow table (src/domain/workflow/assist-request.ts) the guard checks. */
  step: 'reply' | 'close';
  status: 'replied' | 'closed';
  /** Columns written beside the new status (the reply, or the closing reason and who closed it), built once the row is locked. */
  changes: () => Partial<AssistRequest>;
  action: 'assist.reply' | 'assist.close';
  /** Added to the audit row's `after`. */
  auditAfter: Record<string, unknown>;
  /** How the request's open work items end: done by the reply, cancelled by the closing. */
  workItems: 'done' | 'cancelled';
}

/**
 * Settles an assist request in one transaction: the shared guard over the 协查 table (in scope,
 * on the acting side, only from `requested`, its disposal not voided, the version the user saw),
 * the status change with a new version, the audit row on the disposal, and the request's open work
 * items ended — so a disposal's closing guard (assistsSettled in src/domain/workflow/disposal.ts) sees it settled.
 */
export async function settleAssistRequest(db: Db, user: SessionUser, id: string, version: number, ip: string | null, settlement: AssistSettlement) {
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, assistRecord, id, settlement.step, version);
    const assist = row.assist;
    const after = await update({ ...settlement.changes(), status: settlement.status });
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
