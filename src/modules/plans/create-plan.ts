import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { planQuotas, samplingPlans } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { planKinds, samplingTypes } from '../../domain/sampling/plan-rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkQuotas, quotaRows, type QuotaInput } from './plan-quotas.js';
import { getPlan } from './get-plan.js';

export interface NewPlan {
  year: number;
  name: string;
  samplingType: (typeof samplingTypes)[number];
  planKind: (typeof planKinds)[number];
  description?: string | null;
  quotas: QuotaInput[];
}

/** Draws up a plan organised by the user's own unit, with its quotas by category and region. */
export async function createPlan(db: Db, user: SessionUser, input: NewPlan, ip: string | null) {
  const details: Record<string, string> = {};
  await checkQuotas(db, input.quotas, details);
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);

  const id = randomUUID();
  await db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(samplingPlans)
      .values({
        id,
        year: input.year,
        name: input.name,
        samplingType: input.samplingType,
        planKind: input.planKind,
        organiserUnitId: user.unit.id,
        description: input.description ?? null,
      })
      .returning();
    const quotas = quotaRows(id, input.quotas);
    if (quotas.length) await tx.insert(planQuotas).values(quotas);
    await recordAudit(tx, actorOf(user, ip), { action: 'plan.create', entityType: 'samplingPlan', entityId: id, after: { ...plan, quotas } });
  });
  return getPlan(db, user, id);
}
