import { count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { foodCategories, samples } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { sampleConditions, type SampleFilter } from './sample-filter.js';

/** Columns of the list (no items, no history): what a results table shows. */
export const sampleListColumns = {
  id: samples.id,
  sampleNo: samples.sampleNo,
  samplingType: samples.samplingType,
  foodName: samples.foodName,
  link: samples.link,
  categoryId: samples.categoryId,
  categoryRootId: samples.categoryRootId,
  sampledPartyId: samples.sampledPartyId,
  sampledPartyName: samples.sampledPartyName,
  nominalProducerId: samples.nominalProducerId,
  nominalProducerName: samples.nominalProducerName,
  regionCode: samples.regionCode,
  ownerUnitId: samples.ownerUnitId,
  samplingDate: samples.samplingDate,
  productionDate: samples.productionDate,
  batchNo: samples.batchNo,
  conclusion: samples.conclusion,
  needsReview: samples.needsReview,
  labName: samples.labName,
  version: samples.version,
};

/**
 * The count stops after this many samples: an exact count of a large result (a province-wide
 * list, a division's whole link) reads every matching row. Past it the list answers
 * `total: <cap>, totalCapped: true` ("1000+", narrow the filter). At 10^6 samples a cap of 10 000
 * cost a division's unfiltered list 35 ms of its 53 ms (issue 16); 1 000 reads a tenth of that.
 * A page deep in the list raises the cap so the pages up to ten past it stay reachable.
 */
export const SAMPLE_COUNT_CAP = 1_000;

export function sampleCountCap(page: Page): number {
  return Math.max(SAMPLE_COUNT_CAP, page.offset + page.pageSize * 10);
}

export async function listSamples(db: Executor, user: SessionUser, filter: SampleFilter, page: Page) {
  const where = sampleConditions(user, filter);
  const category = alias(foodCategories, 'category');
  const root = alias(foodCategories, 'root');
  const cap = sampleCountCap(page);
  const [items, [{ total }]] = await Promise.all([
    db
      .select({ ...sampleListColumns, categoryName: category.name, categoryRootName: root.name })
      .from(samples)
      .leftJoin(category, eq(category.id, samples.categoryId))
      .leftJoin(root, eq(root.id, samples.categoryRootId))
      .where(where)
      .orderBy(desc(samples.samplingDate), desc(samples.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db
      .select({ total: count() })
      .from(db.select({ one: sql`1` }).from(samples).where(where).limit(cap + 1).as('capped')),
  ]);
  return { items, total: Math.min(total, cap), totalCapped: total > cap };
}
