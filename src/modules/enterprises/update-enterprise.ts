import { and, eq, ne } from 'drizzle-orm';
import { samples } from '../../db/schema/index.js';
import { refreshSampleStats } from '../stats/refresh-sample-stats.js';
import type { Db } from '../../db/client.js';
import { enterprises } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { checkCreditCode } from '../../domain/sampling/credit-code.js';
import { normaliseEnterpriseName, toHalfWidth } from '../../domain/sampling/normalise.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { isSichuanRegion, ownerUnitForRegion } from '../org/jurisdiction.js';
import { enterpriseWorkable } from './enterprise-scope.js';
import type { EnterpriseKind } from './resolve-enterprises.js';

export interface EnterpriseChanges {
  version: number;
  name?: string;
  creditCode?: string | null;
  regionCode?: string | null;
  address?: string | null;
  kind?: EnterpriseKind;
  licenceNumbers?: string[];
  /** A person confirms the record after checking it (clears 待核实). */
  reviewed?: boolean;
}

/**
 * Corrects an enterprise (typically one an import flagged: no credit code, unresolved region).
 * A credit code must be valid and not belong to another enterprise; the jurisdiction follows
 * the region.
 */
export async function updateEnterprise(db: Db, user: SessionUser, id: string, changes: EnterpriseChanges, ip: string | null) {
  const details: Record<string, string> = {};
  let creditCode: string | null | undefined = changes.creditCode;
  if (changes.creditCode) {
    const check = checkCreditCode(changes.creditCode);
    if (check.ok) creditCode = check.code;
    else details.creditCode = check.reason;
  }
  if (changes.regionCode && !isSichuanRegion(changes.regionCode)) details.regionCode = '不是四川省的行政区划代码';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);

  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(enterprises).where(and(eq(enterprises.id, id), enterpriseWorkable(user))).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'enterprise', id });
    if (creditCode) {
      const [taken] = await tx
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(and(eq(enterprises.creditCode, creditCode), ne(enterprises.id, id)))
        .limit(1);
      // The holder may be outside the user's data scope: say only that the code is taken, never whose.
      if (taken) throw new DomainError('CONFLICT', { creditCode: '该统一社会信用代码已被其他经营者使用，请核对' });
    }
    const name = changes.name ? toHalfWidth(changes.name) : before.name;
    const regionCode = changes.regionCode === undefined ? before.regionCode : changes.regionCode;
    const [after] = await tx
      .update(enterprises)
      .set({
        name,
        normalizedName: normaliseEnterpriseName(name),
        creditCode: creditCode === undefined ? before.creditCode : creditCode,
        regionCode,
        ownerUnitId: ownerUnitForRegion(regionCode),
        address: changes.address === undefined ? before.address : changes.address,
        kind: changes.kind ?? before.kind,
        licenceNumbers: changes.licenceNumbers ?? before.licenceNumbers,
        needsReview: changes.reviewed ? false : before.needsReview,
        reviewReasons: changes.reviewed ? [] : before.reviewReasons,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(enterprises.id, id), eq(enterprises.version, changes.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: changes.version, actual: before.version });
    await recordAudit(tx, actorOf(user, ip), { action: 'enterprise.update', entityType: 'enterprise', entityId: id, before, after });
    // The analytics cube counts samples by their sampled party's kind (docs/analytics.md): move them.
    if (after.kind !== before.kind) {
      const sampled = await tx.select({ id: samples.id }).from(samples).where(eq(samples.sampledPartyId, id));
      await refreshSampleStats(tx, sampled.map((s) => s.id));
    }
    return after;
  });
}
