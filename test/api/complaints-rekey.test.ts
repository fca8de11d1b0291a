/**
 * Rotating JJLD_COMPLAINT_KEY: `complaints rekey` re-encrypts every complainant under the new key
 * and recomputes the fingerprints; values under no configured key are reported and left alone.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import { auditLog, complaints } from '../../src/db/schema/index.js';
import { systemActor } from '../../src/modules/access/actor.js';
import { complainantFingerprint, DEV_COMPLAINT_KEY, personalDataCipher } from '../../src/modules/complaints/personal-data-cipher.js';
import { rekeyComplainants } from '../../src/modules/complaints/rekey-complainants.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const withPersonalData = () =>
  t.database.db
    .select()
    .from(complaints)
    .where(or(isNotNull(complaints.complainantNameEnc), isNotNull(complaints.complainantPhoneEnc)));

describe('rotating the complainant key', () => {
  const newKey = randomBytes(32);
  const rotating = personalDataCipher(newKey, [DEV_COMPLAINT_KEY]);
  const newOnly = personalDataCipher(newKey);

  it('re-encrypts every complainant under the new key, with fingerprints of the new key and an audit row each', async () => {
    const before = await withPersonalData();
    // The demo's complainants, under the key the test server uses.
    expect(before.length).toBeGreaterThan(2);
    const old = personalDataCipher(DEV_COMPLAINT_KEY);
    const plain = new Map(before.map((c) => [c.id, { name: c.complainantNameEnc && old.decrypt(c.complainantNameEnc), phone: c.complainantPhoneEnc && old.decrypt(c.complainantPhoneEnc) }]));

    const report = await rekeyComplainants(t.database.db, systemActor, rotating);
    expect(report).toEqual({ checked: before.length, rekeyed: before.length, unreadable: [] });

    for (const c of await withPersonalData()) {
      const { name, phone } = plain.get(c.id)!;
      expect(c.complainantNameEnc && newOnly.decrypt(c.complainantNameEnc)).toBe(name);
      expect(c.complainantPhoneEnc && newOnly.decrypt(c.complainantPhoneEnc)).toBe(phone);
      expect(c.complainantFingerprint).toBe(complainantFingerprint(newOnly, name, phone));
      if (c.complainantPhoneEnc) expect(() => old.decrypt(c.complainantPhoneEnc!)).toThrow();
    }
    const audits = await t.database.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.action, 'complaint.rekey'));
    expect(audits).toHaveLength(before.length);
    expect(JSON.stringify(audits)).not.toMatch(/1[3-9]\d{9}/);
  });

  it('changes nothing when run again', async () => {
    const report = await rekeyComplainants(t.database.db, systemActor, rotating);
    expect(report.rekeyed).toBe(0);
    expect(report.unreadable).toEqual([]);
  });

  it('names a value under none of the keys and leaves it as it is', async () => {
    const [victim] = await t.database.db.select().from(complaints).where(and(isNotNull(complaints.complainantPhoneEnc))).limit(1);
    const foreign = personalDataCipher(randomBytes(32)).encrypt('13900001111');
    await t.database.db.update(complaints).set({ complainantPhoneEnc: foreign }).where(eq(complaints.id, victim.id));
    const report = await rekeyComplainants(t.database.db, systemActor, rotating);
    expect(report).toMatchObject({ rekeyed: 0, unreadable: [victim.trackingNo] });
    const [after] = await t.database.db.select({ phone: complaints.complainantPhoneEnc }).from(complaints).where(eq(complaints.id, victim.id));
    expect(after.phone).toBe(foreign);
    expect((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, 'complaint.rekey'), eq(auditLog.entityId, victim.id))))[0].n).toBe(1);
  });
});
