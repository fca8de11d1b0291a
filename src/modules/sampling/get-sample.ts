import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { auditLog, foodCategories, orgUnits, samples, samplingPlans } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { can } from '../../domain/permissions.js';
import { requiresAccompaniment } from '../../domain/sampling/sample-rules.js';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from './sample-scope.js';
import { auditHistory } from '../audit/audit-history.js';
import { sampleRelated } from './sample-related.js';
import { resultSetsOf } from './result-sets.js';
import { SAMPLING_DATE_UNKNOWN } from './review-flags.js';

/** A sample with its items, names of what it links to, what grew out of it, its history and the caller's actions. */
export async function getSample(db: Executor, user: SessionUser, id: string) {
  const category = alias(foodCategories, 'category');
  const root = alias(foodCategories, 'root');
  const [row] = await db
    .select({ sample: samples, categoryName: category.name, categoryRootName: root.name, planName: samplingPlans.name, ownerUnitName: orgUnits.name })
    .from(samples)
    .leftJoin(category, eq(category.id, samples.categoryId))
    .leftJoin(root, eq(root.id, samples.categoryRootId))
    .leftJoin(samplingPlans, eq(samplingPlans.id, samples.planId))
    .innerJoin(orgUnits, eq(orgUnits.id, samples.ownerUnitId))
    .where(and(eq(samples.id, id), sampleInScope(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'sample', id });
  const [resultSets, history, related] = await Promise.all([
    resultSetsOf(db, id),
    auditHistory(db, and(eq(auditLog.entityType, 'sample'), eq(auditLog.entityId, id)), 100),
    sampleRelated(db, user, id),
  ]);
  const writes = can(user.roles, 'sample.write');
  const actions = writes ? ['recordResults'] : [];
  // Art. 23: a sample that should have had an officer and has none can get one recorded.
  const s = row.sample;
  if (writes && !s.accompanyingOfficer && requiresAccompaniment({ categoryRootName: row.categoryRootName, importedColdChain: s.importedColdChain, organisedByMarketRegulation: s.organisedByMarketRegulation })) {
    actions.push('recordOfficer');
  }
  // Facts an import could not carry (review-flags.ts): the owner bureau supplies them.
  if (writes && !s.link) actions.push('recordLink');
  if (writes && s.reviewReasons.includes(SAMPLING_DATE_UNKNOWN)) actions.push('recordSamplingDate');
  return {
    ...row.sample,
    categoryName: row.categoryName,
    categoryRootName: row.categoryRootName,
    planName: row.planName,
    ownerUnitName: row.ownerUnitName,
    /** The effective result set's items: what the conclusion, disposal and ledger go by. */
    items: resultSets.find((s) => s.effective)?.items ?? [],
    /** Every result set, the initial (初检) first, then a retest's (复检) linked to its application. */
    resultSets,
    history: history.map(({ after: _after, ...h }) => h),
    /** Its disposal, 24-hour reports, objections and cases, each with a link only when the user may open it. */
    related,
    actions,
  };
}
