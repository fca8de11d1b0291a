import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { samples } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from './sample-scope.js';

export interface SampleFilter {
  sampleNo?: string;
  planId?: string;
  /** A county code, or a city code (covers its counties), or 510000. */
  regionCode?: string;
  link?: string;
  categoryId?: string;
  categoryRootId?: string;
  dateFrom?: string;
  dateTo?: string;
  conclusion?: string;
  samplingType?: string;
  /** Sampled party or nominal producer. */
  enterpriseId?: string;
  needsReview?: boolean;
  /** Food name, enterprise name fragment or sample number. */
  q?: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE of every sample list, count and export: the user's scope first, then the filters. */
export function sampleConditions(user: SessionUser, filter: SampleFilter): SQL {
  const conditions: SQL[] = [sampleInScope(user)];
  if (filter.sampleNo) conditions.push(eq(samples.sampleNo, filter.sampleNo));
  if (filter.planId) conditions.push(eq(samples.planId, filter.planId));
  if (filter.regionCode && filter.regionCode !== '510000') {
    if (filter.regionCode.endsWith('00')) {
      // A city: its own code and every county code sharing its first four digits.
      const prefix = filter.regionCode.slice(0, 4);
      conditions.push(sql`${samples.regionCode} >= ${prefix + '00'} AND ${samples.regionCode} <= ${prefix + '99'}`);
    } else conditions.push(eq(samples.regionCode, filter.regionCode));
  }
  if (filter.link) conditions.push(eq(samples.link, filter.link));
  if (filter.categoryId) {
    conditions.push(
      sql`${samples.categoryId} IN (WITH RECURSIVE sub AS (SELECT id FROM food_categories WHERE id = ${filter.categoryId} UNION ALL SELECT fc.id FROM food_categories fc JOIN sub ON fc.parent_id = sub.id) SELECT id FROM sub)`,
    );
  }
  if (filter.categoryRootId) conditions.push(eq(samples.categoryRootId, filter.categoryRootId));
  if (filter.dateFrom) conditions.push(gte(samples.samplingDate, filter.dateFrom));
  if (filter.dateTo) conditions.push(lte(samples.samplingDate, filter.dateTo));
  if (filter.conclusion) conditions.push(eq(samples.conclusion, filter.conclusion));
  if (filter.samplingType) conditions.push(eq(samples.samplingType, filter.samplingType));
  if (filter.needsReview !== undefined) conditions.push(eq(samples.needsReview, filter.needsReview));
  if (filter.enterpriseId) {
    conditions.push(sql`(${samples.sampledPartyId} = ${filter.enterpriseId} OR ${samples.nominalProducerId} = ${filter.enterpriseId})`);
  }
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    // Every alternative can use an index, so PostgreSQL ORs bitmap scans instead of reading every
    // sample (docs/performance.md): the food name by its bigrams (two-character searches such as
    // 芹菜, which trigrams cannot serve; the ILIKE decides), the number by its key, and enterprise
    // names in the (small) enterprises table, their ids then looked up — `= ANY(ARRAY(…))` is
    // indexable under OR, `IN (subquery)` is not. lower() LIKE lower() is ILIKE (UTF-8) written so
    // that the planner cannot pick the name's trigram index, which a two-character pattern makes
    // it read whole.
    const enterpriseIds = sql`ARRAY(SELECT e.id FROM enterprises e WHERE text_bigrams(e.name) @> text_bigrams(${filter.q}) AND lower(e.name) LIKE lower(${pattern}))`;
    conditions.push(sql`(
      (${samples.foodName} ILIKE ${pattern} AND text_bigrams(${samples.foodName}) @> text_bigrams(${filter.q}))
      OR ${samples.sampleNo} = ${filter.q}
      OR ${samples.sampledPartyId} = ANY(${enterpriseIds})
      OR ${samples.nominalProducerId} = ANY(${enterpriseIds})
    )`);
  }
  return and(...conditions)!;
}
