import type { Db } from '../../db/client.js';
import type { JudicialTransfer } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { getCase } from './get-case.js';

export interface TransferInput {
  caseId: string;
  version: number;
  transferredOn: string;
  /** The receiving organ, e.g. 成都市公安局武侯区分局. */
  organ: string;
  /** The number of the 涉嫌犯罪案件移送书. */
  documentNo: string;
  reason: string;
}

/**
 * 移送司法机关 (食品安全法 art. 121): a case whose facts suggest a crime goes to public security,
 * at any time after filing and once. The transfer waits for the organ's receipt (回执), a
 * `judicial_receipt` work item of the owner unit. The case itself may still proceed (the
 * administrative penalty is not barred) or be closed once the receipt is in.
 */
export async function transferCase(db: Db, user: SessionUser, input: TransferInput, ip: string | null, now = new Date()) {
  if (input.transferredOn > toLocalDate(now)) throw new DomainError('VALIDATION_FAILED', { transferredOn: '移送日期不能晚于今天' });
  return db.transaction(async (tx) => {
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'transfer', input.version);
    if (input.transferredOn < row.filedOn) throw new DomainError('VALIDATION_FAILED', { transferredOn: `移送日期不能早于立案日期（${row.filedOn}）` });
    const transfer: JudicialTransfer = {
      transferredOn: input.transferredOn,
      organ: input.organ,
      documentNo: input.documentNo,
      reason: input.reason,
      receiptOn: null,
      receiptNo: null,
    };
    const after = await update({ judicialTransfer: transfer });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'case.transfer', entityType: 'case', entityId: row.id, after: { judicialTransfer: transfer, version: after.version } });
    await createWorkItems(tx, actor, [
      {
        kind: 'judicial_receipt',
        title: `登记移送回执：${row.caseNo}（${input.organ}）`,
        subjectType: 'case',
        subjectId: row.id,
        ownerUnitId: row.ownerUnitId,
        links: [{ label: '稽查案件', href: `/cases/${row.id}` }],
      },
    ]);
    return getCase(tx, user, row.id, now);
  });
}

export interface ReceiptInput {
  caseId: string;
  version: number;
  receiptOn: string;
  receiptNo: string;
}

/** Records the judicial organ's receipt of a transfer; its work item completes with it. */
export async function recordTransferReceipt(db: Db, user: SessionUser, input: ReceiptInput, ip: string | null, now = new Date()) {
  if (input.receiptOn > toLocalDate(now)) throw new DomainError('VALIDATION_FAILED', { receiptOn: '回执日期不能晚于今天' });
  return db.transaction(async (tx) => {
    // Transferred, and no receipt yet (src/domain/workflow/case.ts).
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'recordReceipt', input.version);
    const before = row.judicialTransfer!;
    if (input.receiptOn < before.transferredOn) throw new DomainError('VALIDATION_FAILED', { receiptOn: `回执日期不能早于移送日期（${before.transferredOn}）` });
    const transfer: JudicialTransfer = { ...before, receiptOn: input.receiptOn, receiptNo: input.receiptNo };
    const after = await update({ judicialTransfer: transfer });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, { action: 'case.transferReceipt', entityType: 'case', entityId: row.id, before: { judicialTransfer: before }, after: { judicialTransfer: transfer, version: after.version } });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'case', subjectId: row.id, kind: 'judicial_receipt' }, 'done');
    return getCase(tx, user, row.id, now);
  });
}
