import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposalSteps, disposals, type PublishedDisposal } from '../../db/schema/index.js';
import { publicationRules } from '../../domain/publication/rules.js';
import { toLocalDate } from '../../domain/time.js';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * The public 核查处置情况 of supervisory disposals, by sample id, for an announcement's snapshot
 * (issue 13 §1). Only the structured facts of the steps are read — the measures chosen from the
 * fixed list, quantities, recall level, whether a case was filed, the penalty amount written by
 * the case's decision (penalty-link.ts) — never a step's free text, a case number, a file or a
 * person, so nothing personal can reach the public by this path.
 *
 * A disposal not yet closed is shown as 处置中 without its facts (they may still change), or
 * left out, by `publicationRules.openDisposal`. Voided and risk-monitoring records are left out.
 * The caller has already decided, by its own scope, which samples it publishes.
 */
export async function publicDisposalOutcomes(db: Executor, sampleIds: string[]): Promise<Map<string, PublishedDisposal>> {
  const out = new Map<string, PublishedDisposal>();
  if (sampleIds.length === 0) return out;
  const rows = await db
    .select({ id: disposals.id, sampleId: disposals.sampleId, status: disposals.status, closedAt: disposals.closedAt })
    .from(disposals)
    .where(and(inArray(disposals.sampleId, sampleIds), eq(disposals.kind, 'disposal'), ne(disposals.status, 'voided')));
  const closed = rows.filter((r) => r.status === 'closed');
  const steps = closed.length
    ? await db
        .select({ disposalId: disposalSteps.disposalId, kind: disposalSteps.kind, status: disposalSteps.status, details: disposalSteps.details })
        .from(disposalSteps)
        .where(inArray(disposalSteps.disposalId, closed.map((r) => r.id)))
    : [];
  for (const r of rows) {
    if (r.status !== 'closed') {
      if (publicationRules.openDisposal.value === 'inProgress') out.set(r.sampleId, { ...EMPTY, status: 'in_progress' });
      continue;
    }
    const done = (kind: string) => steps.find((s) => s.disposalId === r.id && s.kind === kind && s.status === 'done')?.details ?? null;
    const risk = done('riskControl');
    const penalty = done('penalty');
    const rectification = done('rectification');
    out.set(r.sampleId, {
      status: 'closed',
      closedOn: r.closedAt ? toLocalDate(r.closedAt) : null,
      measures: Array.isArray(risk?.measures) ? (risk.measures as unknown[]).filter((m): m is string => typeof m === 'string') : [],
      recallLevel: str(risk?.recallLevel),
      recalledQuantity: num(risk?.recalledQuantity),
      sealedQuantity: num(risk?.sealedQuantity),
      destroyedQuantity: num(risk?.destroyedQuantity),
      quantityUnit: str(risk?.quantityUnit),
      caseFiled: penalty ? Boolean(str(penalty.caseNo)) : null,
      penaltyAmount: num(penalty?.amount),
      rectified: rectification ? rectification.verified === true : null,
    });
  }
  return out;
}

const EMPTY: PublishedDisposal = {
  status: 'in_progress', closedOn: null, measures: [], recallLevel: null, recalledQuantity: null, sealedQuantity: null,
  destroyedQuantity: null, quantityUnit: null, caseFiled: null, penaltyAmount: null, rectified: null,
};
