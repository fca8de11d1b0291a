import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { objections, resultItems, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { conclusionReceivedProblem } from '../../domain/deadlines/triggers.js';
import { toLocalDate } from '../../domain/time.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { evaluateItems, type ItemInput } from './evaluate-items.js';
import type { SampleCatalogue } from './sample-catalogue.js';
import { sampleWorkable } from './sample-scope.js';
import { writeResults } from './write-results.js';

/**
 * Records (or replaces) a sample's test results and re-derives its conclusion. Optimistic
 * locking on `version`: a lab and an officer editing at once cannot overwrite each other.
 */
export async function recordResults(
  db: Db,
  user: SessionUser,
  input: { sampleId: string; version: number; labName?: string | null; reportNo?: string | null; conclusionReceivedOn?: string | null; items: ItemInput[] },
  catalogue: SampleCatalogue,
  ip: string | null,
) {
  if (input.items.length === 0) throw new DomainError('VALIDATION_FAILED', { items: '至少录入一个检验项目' });
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(samples).where(and(eq(samples.id, input.sampleId), sampleWorkable(user))).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'sample', id: input.sampleId });
    const received = input.conclusionReceivedOn ? conclusionReceivedProblem(input.conclusionReceivedOn, before.samplingDate, toLocalDate(new Date())) : null;
    if (received) throw new DomainError('VALIDATION_FAILED', { conclusionReceivedOn: received });
    // 食品安全法 art. 88: the retest conclusion is final; nobody corrects results after it.
    const [concluded] = await tx
      .select({ id: objections.id })
      .from(objections)
      .where(and(eq(objections.sampleId, input.sampleId), eq(objections.kind, 'retest'), eq(objections.status, 'concluded')))
      .limit(1);
    if (concluded) throw new DomainError('RESULTS_FINAL_AFTER_RETEST', { objectionId: concluded.id });
    const evaluation = evaluateItems(
      input.items,
      { samplingType: before.samplingType as SamplingType, categoryId: before.categoryId, foodName: before.foodName },
      catalogue,
    );
    if (evaluation.errors.length) {
      throw new DomainError('VALIDATION_FAILED', Object.fromEntries(evaluation.errors.map((e) => [`items.${e.index}.${e.field}`, e.message])));
    }
    const [after] = await tx
      .update(samples)
      .set({
        conclusion: evaluation.conclusion,
        labName: input.labName ?? before.labName,
        reportNo: input.reportNo ?? before.reportNo,
        conclusionReceivedOn: input.conclusionReceivedOn ?? before.conclusionReceivedOn,
        needsReview: before.needsReview || evaluation.reviewReasons.length > 0,
        reviewReasons: [...before.reviewReasons, ...evaluation.reviewReasons],
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(samples.id, input.sampleId), eq(samples.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
    const actor = actorOf(user, ip);
    // The correction replaces the initial set (the only one: no retest has concluded, see above).
    const previousItems = await tx
      .select()
      .from(resultItems)
      .where(and(eq(resultItems.sampleId, input.sampleId), eq(resultItems.resultSet, 'initial')))
      .orderBy(asc(resultItems.sortOrder));
    await recordAudit(tx, actor, {
      action: 'sample.recordResults',
      entityType: 'sample',
      entityId: input.sampleId,
      before: { conclusion: before.conclusion, items: previousItems },
      after: { conclusion: after.conclusion, items: evaluation.items },
    });
    await writeResults(tx, actor, [{ sampleId: input.sampleId, items: evaluation.items }], { reason: '更正后的检验结果已不再为不合格' });
    return after;
  });
}
