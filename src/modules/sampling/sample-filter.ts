import { and, eq, gte, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { samples } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { linkCondition } from './link-filter.js';
import type { DataScope } from '../../domain/scope.js';
import { subtreeUnits } from '../access/scope-sql.js';
import { sampleInScope, sampleOwnerSubtree } from './sample-scope.js';

export interface SampleFilter {
  sampleNo?: string;
  planId?: string;
  /** A county code, or a city code (covers its counties), or 510000. */
  regionCode?: string;
  /** A link, or `unknown`: no link yet (待确定). */
  link?: string;
  categoryId?: string;
  categoryRootId?: string;
  dateFrom?: string;
  dateTo?: string;
  conclusion?: string;
  samplingType?: string;
  /** Sampled party or nominal producer. */
  enterpriseId?: string;
  /** The sampled party's kind (producer, distributor …): the analytics explorer's cells link here. */
  enterpriseKind?: string;
  /** The lab (承检机构), as recorded. */
  labName?: string;
  /** Samples tested for this item (its catalogue name, or the name as reported), in their effective result set. */
  testItem?: string;
  /** Samples that failed this item (不合格 or 问题) in their effective result set. */
  failedItem?: string;
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
  const link = linkCondition(samples.link, filter.link);
  if (link) conditions.push(link);
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
  if (filter.enterpriseKind) conditions.push(sql`${samples.sampledPartyId} IN (SELECT e.id FROM enterprises e WHERE e.kind = ${filter.enterpriseKind})`);
  if (filter.labName) conditions.push(eq(samples.labName, filter.labName));
  if (filter.testItem) conditions.push(itemCondition(filter.testItem, false));
  if (filter.failedItem) conditions.push(itemCondition(filter.failedItem, true));
  if (filter.q) conditions.push(searchCondition(filter.q, sampleOwnerSubtree(user)));
  return and(...conditions)!;
}

/** An effective result item of that name (the catalogue's, else as reported), as the analytics item counts name it. */
function itemCondition(name: string, failed: boolean): SQL {
  return sql`EXISTS (SELECT 1 FROM result_items ri LEFT JOIN test_items ti ON ti.id = ri.test_item_id
    WHERE ri.sample_id = ${samples.id} AND ri.effective AND coalesce(ti.name, ri.item_name) = ${name}${failed ? sql` AND ri.judgement IN ('unqualified', 'issue')` : sql``})`;
}

/**
 * `q` matches a food name, the sample number, or the name of the sampled party or the nominal
 * producer. Every alternative can use an index, so PostgreSQL ORs bitmap scans instead of reading
 * every sample (docs/performance.md):
 * - a name fragment of three characters or more is an ILIKE, served by the trigram indexes; a
 *   two-character one — the common Chinese search, 芹菜, 鑫源 — has no trigram, so it is matched on
 *   bigrams (text_bigrams, migration 0008), which for two characters is exactly case-insensitive
 *   containment, and leaves no per-row recheck;
 * - a sample's food-name bigrams are indexed together with its owner unit ('#' and the unit id,
 *   sample_search_keys(), migration 0041): for a city or county bureau (`ownerSubtree`) one index
 *   scan finds the fragment among its own samples only — 1,796 of the province's 6,879 芹菜 for
 *   成都 at 10^6 samples — instead of reading every match in the province and discarding the rest;
 * - enterprise names are searched in the (small) enterprises table and their ids looked up:
 *   `= ANY(ARRAY(…))` is indexable under OR, `IN (subquery)` is not.
 */
function searchCondition(q: string, ownerSubtree: DataScope | null): SQL {
  const two = [...q].length === 2;
  const contains = (column: SQL | AnyColumn) => (two ? sql`text_bigrams(${column}) @> text_bigrams(${q})` : sql`${column} ILIKE ${`%${escapeLike(q)}%`}`);
  const keys = sql`sample_search_keys(${samples.foodName}, ${samples.ownerUnitId})`;
  const ownKeys = ownerSubtree ? sql` AND ${keys} && ARRAY(${subtreeUnits(ownerSubtree, sql`'#' || ou.id`)})` : sql``;
  const foodName = two ? sql`(${keys} @> text_bigrams(${q})${ownKeys})` : contains(samples.foodName);
  const enterpriseIds = sql`ARRAY(SELECT e.id FROM enterprises e WHERE ${contains(sql`e.name`)})`;
  return sql`(${foodName} OR ${samples.sampleNo} = ${q} OR ${samples.sampledPartyId} = ANY(${enterpriseIds}) OR ${samples.nominalProducerId} = ANY(${enterpriseIds}))`;
}
