import type { Db } from '../../db/client.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { complaintRecord } from './complaint-workflow.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';
import { COMPLAINT_SUBJECT } from './receive-complaint.js';

/**
 * Shows the complainant's name and phone in clear to the handling unit or 投诉举报中心 (the
 * workflow's `personal` side), and writes who saw them, when and from where into the audit log —
 * in the same transaction, so no reveal goes unrecorded. The log holds that they were seen, never
 * what they are.
 */
export async function revealComplainant(db: Db, user: SessionUser, id: string, cipher: PersonalDataCipher, ip: string | null, reason?: string) {
  return db.transaction(async (tx) => {
    const { row } = await loadForAction(tx, user, complaintRecord, id, 'reveal', null);
    await recordAudit(tx, actorOf(user, ip), { action: 'complaint.reveal', entityType: COMPLAINT_SUBJECT, entityId: row.id, after: { fields: ['name', 'phone'], reason: reason ?? null } });
    return {
      name: row.complainantNameEnc ? cipher.decrypt(row.complainantNameEnc) : null,
      phone: row.complainantPhoneEnc ? cipher.decrypt(row.complainantPhoneEnc) : null,
    };
  });
}
