import { and, eq, notInArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { disposals } from '../../db/schema/index.js';
import { guidingDivisionSlug } from '../../domain/disposal.js';
import type { Link } from '../../domain/sampling/sample-rules.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { unitIdForSlug } from '../org/seed-organisation.js';

/**
 * A sample's link, determined after import, reaches its open disposals: the link, and with it the
 * guiding division that waited for it (closed and voided disposals keep what they were decided with).
 */
export async function linkOpenDisposals(tx: Tx, actor: Actor, sample: { id: string }, link: Link, categoryRootName: string | null) {
  const slug = guidingDivisionSlug(link, categoryRootName);
  const moved = await tx
    .update(disposals)
    .set({ link, guidingUnitId: slug ? unitIdForSlug(slug) : null, updatedAt: new Date() })
    .where(and(eq(disposals.sampleId, sample.id), notInArray(disposals.status, ['closed', 'voided'])))
    .returning({ id: disposals.id, link: disposals.link, guidingUnitId: disposals.guidingUnitId });
  await recordAudit(tx, actor, ...moved.map((d) => ({ action: 'disposal.link' as const, entityType: 'disposal', entityId: d.id, after: d })));
}
