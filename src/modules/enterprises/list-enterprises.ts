import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { enterprises, samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { checkCreditCode } from '../../domain/sampling/credit-code.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { enterpriseInScope } from './enterprise-scope.js';

export interface EnterpriseFilter {
  q?: string;
  creditCode?: string;
  regionCode?: string;
  kind?: string;
  needsReview?: boolean;
}

export async function listEnterprises(db: Executor, user: SessionUser, filter: EnterpriseFilter, page: Page) {
  const conditions: SQL[] = [enterpriseInScope(user)];
  if (filter.creditCode) {
    const check = checkCreditCode(filter.creditCode);
    conditions.push(eq(enterprises.creditCode, check.ok ? check.code : filter.creditCode.trim().toUpperCase()));
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(enterprises.name, pattern), eq(enterprises.creditCode, filter.q.toUpperCase()))!);
  }
  if (filter.regionCode && filter.regionCode !== '510000') {
    conditions.push(
      filter.regionCode.endsWith('00')
        ? sql`${enterprises.regionCode} BETWEEN ${filter.regionCode.slice(0, 4) + '00'} AND ${filter.regionCode.slice(0, 4) + '99'}`
        : eq(enterprises.regionCode, filter.regionCode),
    );
  }
  if (filter.kind) conditions.push(eq(enterprises.kind, filter.kind));
  if (filter.needsReview !== undefined) conditions.push(eq(enterprises.needsReview, filter.needsReview));
  const where = and(...conditions);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(enterprises).where(where).orderBy(asc(enterprises.name)).limit(page.pageSize).offset(page.offset),
    db.select({ total: count() }).from(enterprises).where(where),
  ]);
  return { items, total };
}

/** One enterprise with its sampling record by year (for the history chart). */
export async function getEnterprise(db: Executor, user: SessionUser, id: string) {
  const [row] = await db.select().from(enterprises).where(and(eq(enterprises.id, id), enterpriseInScope(user))).limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'enterprise', id });
  const byYear = await db
    .select({
      year: sql<number>`extract(year from ${samples.samplingDate})::int`,
      total: sql<number>`count(*)::int`,
      unqualified: sql<number>`count(*) FILTER (WHERE ${samples.conclusion} IN ('unqualified', 'issue'))::int`,
    })
    .from(samples)
    .where(or(eq(samples.sampledPartyId, id), eq(samples.nominalProducerId, id)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return { ...row, samplesByYear: byYear };
}
