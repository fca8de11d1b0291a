import { and, asc, eq, gt, isNotNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { complainantFingerprint, type PersonalDataCipher } from './personal-data-cipher.js';

const PAGE = 500;

export interface RekeyReport {
  /** Complaints with a name or phone on record. */
  checked: number;
  /** Re-encrypted under the current key (and their fingerprints recomputed). */
  rekeyed: number;
  /** Under none of the configured keys: left as they are, listed by tracking number. */
  unreadable: string[];
}

/**
 * Key rotation (`npm run cli -- complaints rekey`): every complainant name and phone still
 * encrypted under a previous key (JJLD_COMPLAINT_KEY_PREVIOUS) is re-encrypted under the current
 * one, and its fingerprint, which derives from the key, is recomputed — until then a returning
 * complainant would not be matched with their earlier complaints. One transaction and one audit
 * row per re-keyed complaint (no personal data in it), so an interrupted run resumes where it
 * stopped and a repeated run changes nothing.
 */
export async function rekeyComplainants(db: Db, actor: Actor, cipher: PersonalDataCipher, onProgress?: (report: RekeyReport) => void): Promise<RekeyReport> {
  const report: RekeyReport = { checked: 0, rekeyed: 0, unreadable: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await db
      .select({ id: complaints.id, trackingNo: complaints.trackingNo, nameEnc: complaints.complainantNameEnc, phoneEnc: complaints.complainantPhoneEnc })
      .from(complaints)
      .where(and(gt(complaints.id, after), or(isNotNull(complaints.complainantNameEnc), isNotNull(complaints.complainantPhoneEnc))))
      .orderBy(asc(complaints.id))
      .limit(PAGE);
    if (page.length === 0) return report;
    for (const row of page) {
      report.checked++;
      let name: { plain: string; current: boolean } | null;
      let phone: { plain: string; current: boolean } | null;
      try {
        name = row.nameEnc ? cipher.read(row.nameEnc) : null;
        phone = row.phoneEnc ? cipher.read(row.phoneEnc) : null;
      } catch {
        report.unreadable.push(row.trackingNo);
        continue;
      }
      if ((name?.current ?? true) && (phone?.current ?? true)) continue;
      await db.transaction(async (tx) => {
        await tx
          .update(complaints)
          .set({
            complainantNameEnc: name && cipher.encrypt(name.plain),
            complainantPhoneEnc: phone && cipher.encrypt(phone.plain),
            complainantFingerprint: complainantFingerprint(cipher, name?.plain ?? null, phone?.plain ?? null),
          })
          .where(eq(complaints.id, row.id));
        await recordAudit(tx, actor, { action: 'complaint.rekey', entityType: 'complaint', entityId: row.id, after: { fields: [...(name ? ['name'] : []), ...(phone ? ['phone'] : [])] } });
      });
      report.rekeyed++;
    }
    after = page[page.length - 1].id;
    onProgress?.(report);
  }
}
