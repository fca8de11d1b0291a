import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { enterprises, foodCategories, orgUnits, resultItems, samples, type PublishedDisposal, type PublishedFailedItem } from '../../db/schema/index.js';
import { publicPartyName } from '../../domain/publication/personal-data.js';
import { publicDisposalOutcomes } from '../disposals/public-outcome.js';

const category = alias(foodCategories, 'category');
const root = alias(foodCategories, 'category_root');
const party = alias(enterprises, 'party');
const producer = alias(enterprises, 'producer');

/**
 * The public content of samples, as published: only the fields an announcement carries (the
 * national layout's columns), personal names masked (personal-data.ts). Never an internal id of a
 * unit, a sampler, an officer, a report number or a review. The row is a copy: a later internal
 * edit of the sample changes nothing public until a correction says so.
 */
export async function publicContentOf(db: Executor, sampleIds: string[]) {
  if (sampleIds.length === 0) return new Map<string, ReturnType<typeof contentRow>>();
  const rows = await db
    .select({
      id: samples.id,
      sampleNo: samples.sampleNo,
      foodName: samples.foodName,
      category: category.name,
      categoryRoot: root.name,
      spec: samples.spec,
      trademark: samples.trademark,
      productionDate: samples.productionDate,
      batchNo: samples.batchNo,
      sampledPartyName: samples.sampledPartyName,
      sampledPartyAddress: samples.sampledPartyAddress,
      nominalProducerName: samples.nominalProducerName,
      nominalProducerAddress: samples.nominalProducerAddress,
      partyCreditCode: party.creditCode,
      producerCreditCode: producer.creditCode,
      regionCode: samples.regionCode,
      samplingDate: samples.samplingDate,
      conclusion: samples.conclusion,
      labName: samples.labName,
      taskSource: samples.taskSource,
    })
    .from(samples)
    .leftJoin(category, eq(category.id, samples.categoryId))
    .leftJoin(root, eq(root.id, samples.categoryRootId))
    .leftJoin(party, eq(party.id, samples.sampledPartyId))
    .leftJoin(producer, eq(producer.id, samples.nominalProducerId))
    .where(inArray(samples.id, sampleIds));
  const regionCodes = [...new Set(rows.map((r) => r.regionCode).filter((c): c is string => Boolean(c)))];
  const regions = regionCodes.length
    ? await db.select({ code: orgUnits.regionCode, name: orgUnits.shortName }).from(orgUnits).where(inArray(orgUnits.regionCode, regionCodes))
    : [];
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const failed = await db
    .select({ sampleId: resultItems.sampleId, itemName: resultItems.itemName, resultText: resultItems.resultText, unit: resultItems.unit, limitText: resultItems.limitText, standard: resultItems.standard })
    .from(resultItems)
    .where(and(inArray(resultItems.sampleId, sampleIds), eq(resultItems.effective, true), eq(resultItems.judgement, 'unqualified')))
    .orderBy(resultItems.sortOrder);
  const failedOf = new Map<string, PublishedFailedItem[]>();
  for (const f of failed) failedOf.set(f.sampleId, [...(failedOf.get(f.sampleId) ?? []), { itemName: f.itemName, resultText: f.resultText, unit: f.unit, limitText: f.limitText, standard: f.standard }]);
  // 核查处置情况: the disposal's public outcome as it stands now, for failed samples only.
  const disposalOf = await publicDisposalOutcomes(db, rows.filter((r) => r.conclusion === 'unqualified').map((r) => r.id));
  return new Map(rows.map((r) => [r.id, contentRow(r, regionName.get(r.regionCode ?? '') ?? null, failedOf.get(r.id) ?? [], disposalOf.get(r.id) ?? null)]));
}

function contentRow(
  r: {
    sampleNo: string; foodName: string; category: string | null; categoryRoot: string | null; spec: string | null; trademark: string | null; productionDate: string | null; batchNo: string | null;
    sampledPartyName: string; sampledPartyAddress: string | null; nominalProducerName: string | null; nominalProducerAddress: string | null; partyCreditCode: string | null; producerCreditCode: string | null;
    regionCode: string | null; samplingDate: string; conclusion: string; labName: string | null; taskSource: string | null;
  },
  regionName: string | null,
  failedItems: PublishedFailedItem[],
  disposal: PublishedDisposal | null,
) {
  const sampledPartyName = publicPartyName(r.sampledPartyName);
  const nominalProducerName = publicPartyName(r.nominalProducerName);
  const creditCode = r.partyCreditCode ?? r.producerCreditCode ?? null;
  return {
    sampleNo: r.sampleNo,
    foodName: r.foodName,
    category: r.category,
    categoryRoot: r.categoryRoot,
    spec: r.spec,
    trademark: r.trademark,
    productionDateText: r.productionDate ?? r.batchNo,
    sampledPartyName,
    sampledPartyAddress: r.sampledPartyAddress,
    nominalProducerName,
    nominalProducerAddress: r.nominalProducerAddress,
    creditCode,
    regionCode: r.regionCode,
    regionName,
    samplingDate: r.samplingDate,
    conclusion: r.conclusion,
    failedItems,
    labName: r.labName,
    taskSource: r.taskSource,
    disposal,
    ...searchFields([r.foodName, sampledPartyName, nominalProducerName, r.partyCreditCode, r.producerCreditCode]),
  };
}

/** What the public search matches: the food, both (public) names and both credit codes; and its bigrams. */
export function searchFields(parts: (string | null)[]) {
  const searchText = parts.filter(Boolean).join(' ');
  return { searchText, searchBigrams: bigrams(searchText) };
}

/** The distinct two-character substrings, lower-cased: text_bigrams() of migration 0008, in TypeScript. */
export function bigrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1]);
  return [...set];
}

export type PublicContent = ReturnType<typeof contentRow>;

export const newPublishedId = () => randomUUID();
