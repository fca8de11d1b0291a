import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { resultItems, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { objectionGroundNames, type ApplicationKind, type ApplicationOutcome, type ObjectionGround } from '../../domain/objections/application.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { normaliseEnterpriseName as normaliseItemName } from '../../domain/sampling/normalise.js';
import { actorOf, type Actor, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { afterResultsChanged } from '../sampling/results-changed.js';
import { evaluateItems, type ItemInput } from '../sampling/evaluate-items.js';
import { writeResults } from '../sampling/write-results.js';
import { loadSampleCatalogue } from '../sampling/load-sample-catalogue.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { presentApplication, sampleSummary } from './list-objections.js';
import type { Application, Sample } from './failed-sample.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { applicationRecord } from './application-workflow.js';

export interface ConclusionInput {
  version: number;
  outcome: ApplicationOutcome;
  outcomeText: string;
  /** A retest: the retest lab's results (required to overturn). */
  items?: ItemInput[];
}

/**
 * Records the conclusion of an accepted application, once: a retest's conclusion is final
 * (办法 art. 33), and a concluded application cannot be changed (409).
 * Overturned, in the same transaction: the sample's result changes — a retest's items are added
 * as the retest set linked to the application, the first lab's stay visible beside them, and the
 * conclusion is re-derived from the retest set (it must come out qualified); an objection
 * upheld for the enterprise makes the sample qualified with a review reason — and its open
 * disposal is voided with the reason, so later counts no longer include it.
 * Upheld: nothing changes on the sample, and the disposal runs on as it has all along.
 */
export async function concludeApplication(db: Db, user: SessionUser, id: string, input: ConclusionInput, ip: string | null, now = new Date()) {
  const outcomeText = input.outcomeText.trim();
  if (outcomeText.length < 2) throw new DomainError('VALIDATION_FAILED', { outcomeText: '请填写结论说明' });
  return db.transaction(async (tx) => {
    const { row: { application, sample }, update } = await loadForAction(tx, user, applicationRecord, id, 'conclude', input.version);
    if (application.kind === 'objection' && input.items?.length) {
      throw new DomainError('VALIDATION_FAILED', { items: '异议审核结论不录入检验结果；只有复检可录入复检机构的检验结果' });
    }
    const actor = actorOf(user, ip);
    const sampleChange = input.outcome === 'overturned' ? await overturn(tx, actor, application, sample, input.items ?? [], outcomeText, now) : null;
    const after = await update({ status: 'concluded', outcome: input.outcome, outcomeText, concludedAt: now });
    await recordAudit(tx, actor, {
      action: `${application.kind as ApplicationKind}.conclude`,
      entityType: 'objection',
      entityId: id,
      before: { status: application.status, version: application.version },
      after: { status: after.status, outcome: after.outcome, outcomeText, retestItems: application.kind === 'retest' ? (input.items ?? []) : undefined, sample: sampleChange },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'objection', subjectId: id }, 'done');
    const [current] = await tx.select().from(samples).where(eq(samples.id, sample.id));
    return { ...presentApplication(after, sampleSummary(current), user, now), disposalsVoided: sampleChange?.disposalsVoided ?? 0 };
  });
}

/** Changes the sample's result as the conclusion says, records it on the sample, and voids its disposal. */
async function overturn(tx: Tx, actor: Actor, application: Application, sample: Sample, items: ItemInput[], outcomeText: string, now: Date) {
  const before = await tx
    .select()
    .from(resultItems)
    .where(and(eq(resultItems.sampleId, sample.id), eq(resultItems.effective, true)))
    .orderBy(asc(resultItems.sortOrder));
  const retestLab = application.labDraw?.pickedName ?? null;
  let change: Partial<typeof samples.$inferInsert>;
  let newItems: ReturnType<typeof evaluateItems>['items'] | null = null;
  let why: string;
  if (application.kind === 'retest') {
    if (items.length === 0) throw new DomainError('VALIDATION_FAILED', { items: '推翻原检验结论的，请录入复检机构的检验结果' });
    const evaluation = evaluateItems(
      items,
      { samplingType: sample.samplingType as SamplingType, categoryId: sample.categoryId, foodName: sample.foodName },
      await loadSampleCatalogue(tx),
    );
    if (evaluation.errors.length) {
      throw new DomainError('VALIDATION_FAILED', Object.fromEntries(evaluation.errors.map((e) => [`items.${e.index}.${e.field}`, e.message])));
    }
    const details: Record<string, string> = {};
    // Judged by a limit, never by the default: an item without one cannot overturn a result.
    evaluation.items.forEach((item, i) => {
      if (!item.limitType) details[`items.${i}.limitText`] = '请填写标准值（限量）：复检结论须按限量判定';
    });
    // The retest answers the failed items: each must be among the retest lab's results.
    const retested = new Set(evaluation.items.flatMap((i) => (i.testItemId ? [i.testItemId, normaliseItemName(i.itemName)] : [normaliseItemName(i.itemName)])));
    const missing = before.filter((i) => i.judgement !== 'qualified' && !(i.testItemId && retested.has(i.testItemId)) && !retested.has(normaliseItemName(i.itemName)));
    if (missing.length) details.items = `复检结果须包含原不合格项目：${missing.map((i) => i.itemName).join('、')}`;
    if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
    if (evaluation.conclusion !== 'qualified') {
      throw new DomainError('RETEST_STILL_FAILED', { outcome: '复检结果仍不合格，不能认定为推翻' });
    }
    newItems = evaluation.items;
    why = `复检推翻原检验结论（复检机构：${retestLab}）：${outcomeText}`;
    change = {
      conclusion: evaluation.conclusion,
      needsReview: sample.needsReview || evaluation.reviewReasons.length > 0,
      reviewReasons: [...sample.reviewReasons, ...evaluation.reviewReasons],
    };
  } else {
    // The items stay as the first lab reported them; the conclusion no longer follows from
    // them, so the sample is flagged for review with the reason.
    why = `异议成立（${objectionGroundNames[application.ground as ObjectionGround] ?? application.ground}），推翻原检验结论：${outcomeText}`;
    change = { conclusion: 'qualified', needsReview: true, reviewReasons: [...sample.reviewReasons, why] };
  }
  const [after] = await tx
    .update(samples)
    .set({ ...change, version: sample.version + 1, updatedAt: now })
    .where(eq(samples.id, sample.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'sample.overturned',
    entityType: 'sample',
    entityId: sample.id,
    before: { conclusion: sample.conclusion, items: before },
    after: { conclusion: after.conclusion, items: newItems ?? undefined, reason: why, objectionId: application.id, kind: application.kind, retestLab },
  });
  // A retest's results become the sample's effective result set; an objection changes the
  // conclusion only. Either way the disposal is voided with the reason.
  const synced = newItems
    ? await writeResults(tx, actor, [{ sampleId: sample.id, items: newItems, retestOf: application.id }], { reason: why, now })
    : await afterResultsChanged(tx, actor, [sample.id], why, now);
  return { conclusion: after.conclusion, reason: why, disposalsVoided: synced.voided };
}
