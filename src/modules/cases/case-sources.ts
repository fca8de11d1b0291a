import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { disposals, enterprises, escalations, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { CaseSource } from '../../domain/case.js';
import type { SessionUser } from '../access/actor.js';
import { disposalReadable } from '../disposals/disposal-scope.js';
import { disposalRecord } from '../disposals/disposal-workflow.js';
import { assertMayAct } from '../workflow/load-for-action.js';
import { enterpriseInScope } from '../enterprises/enterprise-scope.js';
import { escalationReadable } from '../escalations/escalation-scope.js';
import { unitIdForSlug } from '../org/seed-organisation.js';

export interface SourceInput {
  source: CaseSource;
  disposalId?: string;
  escalationId?: string;
  complaintRef?: string;
  enterpriseId?: string;
}

export interface ResolvedSource {
  enterpriseId: string | null;
  disposal: typeof disposals.$inferSelect | null;
  escalationId: string | null;
  complaintRef: string | null;
  /** The provincial division of the case's link, which cooperates on it (配合). */
  linkUnitId: string | null;
}

/** The link division of an enterprise by its kind, for a case from a complaint or the officer's own lead. */
const DIVISION_OF_KIND: Record<string, string> = {
  producer: 'production',
  distributor: 'distribution',
  caterer: 'catering',
  special_food: 'special-food',
  online_platform: 'online',
};

/** The party must be an enterprise the user can see (the same rule as the enterprise pages). */
async function checkEnterprise(tx: Tx, user: SessionUser, enterpriseId: string): Promise<string> {
  const [e] = await tx.select({ id: enterprises.id, kind: enterprises.kind }).from(enterprises).where(and(eq(enterprises.id, enterpriseId), enterpriseInScope(user))).limit(1);
  if (!e) throw new DomainError('VALIDATION_FAILED', { enterpriseId: '未找到该生产经营者，或不在您的数据范围内' });
  return e.kind;
}

/**
 * Where a case comes from, checked and locked inside the filing transaction:
 * - a disposal the user may read (its sampled party is the party), not voided, and with no other
 *   case still open — the disposal row is locked, so two officers filing at once get one case
 *   and one 409;
 * - an escalation the user may read (escalationReadable; its enterprise is the party);
 * - a complaint (its reference) or the officer's own lead, with an optional enterprise.
 * A given enterprise that contradicts the source is refused rather than silently replaced.
 */
export async function resolveCaseSource(tx: Tx, user: SessionUser, input: SourceInput): Promise<ResolvedSource> {
  const same = (derived: string | null) => {
    if (input.enterpriseId && input.enterpriseId !== derived) {
      throw new DomainError('VALIDATION_FAILED', { enterpriseId: '当事人应为案件来源记录中的生产经营者' });
    }
  };
  switch (input.source) {
    case 'disposal': {
      const [d] = await tx.select().from(disposals).where(and(eq(disposals.id, input.disposalId!), disposalReadable(user))).limit(1).for('update');
      if (!d) throw new DomainError('NOT_FOUND', { entity: 'disposal', id: input.disposalId });
      // Not voided, no other open case: the disposal's openCase action (src/domain/workflow/disposal.ts).
      await assertMayAct(tx, user, disposalRecord, d, 'openCase');
      const [sample] = await tx.select({ sampledPartyId: samples.sampledPartyId }).from(samples).where(eq(samples.id, d.sampleId)).limit(1);
      const enterpriseId = sample?.sampledPartyId ?? null;
      same(enterpriseId);
      // The disposal's guiding division (its link's; 特殊食品处 for special food).
      return { enterpriseId, disposal: d, escalationId: null, complaintRef: null, linkUnitId: d.guidingUnitId };
    }
    case 'escalation': {
      const [e] = await tx.select({ id: escalations.id, enterpriseId: escalations.enterpriseId, ownerUnitId: escalations.ownerUnitId }).from(escalations).where(and(eq(escalations.id, input.escalationId!), escalationReadable(user))).limit(1);
      if (!e) throw new DomainError('NOT_FOUND', { entity: 'escalation', id: input.escalationId });
      same(e.enterpriseId);
      // The division that supervises the escalation (生产处, 经营处, 餐饮处 …).
      return { enterpriseId: e.enterpriseId, disposal: null, escalationId: e.id, complaintRef: null, linkUnitId: e.ownerUnitId };
    }
    case 'complaint':
    case 'manual':
      const kind = input.enterpriseId ? await checkEnterprise(tx, user, input.enterpriseId) : null;
      const slug = kind ? DIVISION_OF_KIND[kind] : undefined;
      return {
        enterpriseId: input.enterpriseId ?? null,
        disposal: null,
        escalationId: null,
        complaintRef: input.source === 'complaint' ? input.complaintRef!.trim() : null,
        linkUnitId: slug ? unitIdForSlug(slug) : null,
      };
  }
}
