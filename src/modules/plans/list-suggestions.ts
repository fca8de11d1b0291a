import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories, orgUnits, samplingPlans, samplingSuggestions, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { suggestionKindNames, type SuggestionKind } from '../../domain/sampling/plan-rules.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { suggestionInScope } from './plan-scope.js';
import { suggestionActions } from './plan-workflow.js';
import { regionName } from './region-names.js';

export interface SuggestionFilter {
  year?: number;
  status?: string;
}

const columns = {
  suggestion: samplingSuggestions,
  fromUnitName: orgUnits.name,
  categoryName: foodCategories.name,
  planName: samplingPlans.name,
  decidedByName: users.displayName,
};

function present(user: SessionUser, row: { suggestion: typeof samplingSuggestions.$inferSelect; fromUnitName: string; categoryName: string | null; planName: string | null; decidedByName: string | null }) {
  return {
    ...row.suggestion,
    kindName: suggestionKindNames[row.suggestion.kind as SuggestionKind] ?? suggestionKindNames.sampling,
    fromUnitName: row.fromUnitName,
    categoryName: row.categoryName,
    regionName: regionName(row.suggestion.regionCode),
    planName: row.planName,
    decidedByName: row.decidedByName,
    actions: suggestionActions(user, row.suggestion),
  };
}

function base(db: Executor) {
  return db
    .select(columns)
    .from(samplingSuggestions)
    .innerJoin(orgUnits, eq(orgUnits.id, samplingSuggestions.fromUnitId))
    .leftJoin(foodCategories, eq(foodCategories.id, samplingSuggestions.categoryId))
    .leftJoin(samplingPlans, eq(samplingPlans.id, samplingSuggestions.planId))
    .leftJoin(users, eq(users.id, samplingSuggestions.decidedByUserId));
}

/** Suggestions in the user's scope: pending first, newest first. */
export async function listSuggestions(db: Executor, user: SessionUser, filter: SuggestionFilter, page: Page) {
  const conditions: SQL[] = [suggestionInScope(user)];
  if (filter.year) conditions.push(eq(samplingSuggestions.year, filter.year));
  if (filter.status) conditions.push(eq(samplingSuggestions.status, filter.status));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(sql`CASE WHEN ${samplingSuggestions.status} = 'pending' THEN 0 ELSE 1 END`, desc(samplingSuggestions.createdAt), desc(samplingSuggestions.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(samplingSuggestions).where(where),
  ]);
  return { items: rows.map((row) => present(user, row)), total };
}

/** One suggestion in the user's scope, as the list shows it, or NOT_FOUND. */
export async function getSuggestion(db: Executor, user: SessionUser, id: string) {
  const [row] = await base(db)
    .where(and(eq(samplingSuggestions.id, id), suggestionInScope(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'samplingSuggestion', id });
  return present(user, row);
}
