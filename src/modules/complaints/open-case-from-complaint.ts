import type { Db } from '../../db/client.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { createCase } from '../cases/create-case.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { complaintRecord } from './complaint-workflow.js';
import { closeComplaintIn } from './handle-complaint.js';

export interface OpenCaseInput {
  id: string;
  version: number;
  title: string;
  partyName: string;
  facts: string;
  filedOn?: string;
  enterpriseId?: string;
  filingApprovedBy?: string;
}

/**
 * A verified complaint becomes a case (立案): filed through the cases module with the complaint as
 * its source (`complaintRef` = the tracking number, so the case names its complaint), the lead
 * discovered on the day the complaint was received (case.file counts from there), and the
 * complaint closed with the `case` outcome and the case's id — all in one transaction.
 */
export async function openCaseFromComplaint(db: Db, user: SessionUser, input: OpenCaseInput, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    const loaded = await loadForAction(tx, user, complaintRecord, input.id, 'openCase', input.version);
    const c = loaded.row;
    const filed = await createCase(
      // A transaction is a Db: createCase's own transaction becomes a savepoint of this one.
      tx as unknown as Db,
      user,
      {
        source: 'complaint',
        complaintRef: c.trackingNo,
        enterpriseId: input.enterpriseId ?? c.enterpriseId ?? undefined,
        partyName: input.partyName,
        title: input.title,
        facts: input.facts,
        filedOn: input.filedOn ?? toLocalDate(now),
        discoveredOn: toLocalDate(c.receivedAt),
        filingApprovedBy: input.filingApprovedBy,
      },
      ip,
      now,
    );
    const after = await closeComplaintIn(tx, user, { id: c.id, version: input.version, outcome: 'case', caseId: filed.id, note: `已立案：${filed.caseNo}` }, ip, now, loaded);
    return { complaint: after, caseId: filed.id, caseNo: filed.caseNo };
  });
}
