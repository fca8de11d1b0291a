import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { publishedResults } from '../../db/schema/index.js';

/**
 * The one door to published results for the public (portal pages and the open data API): a row
 * is public once its publication time has come. Rows exist only for published batches, and a
 * withdrawn row keeps no content, so nothing else needs to be asked — no draft, returned or
 * scheduled-before-its-time content can be reached through here.
 */
export const isPublic = () => sql`${publishedResults.publishedAt} <= now()`;

export interface PublicFilter {
  q?: string;
  sampleNo?: string;
  creditCode?: string;
  category?: string;
  /** A county code, or a city code (covers its counties). */
  region?: string;
  /** Publication date range, YYYY-MM-DD (Asia/Shanghai). */
  dateFrom?: string;
  dateTo?: string;
  conclusion?: 'qualified' | 'unqualified';
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE of a public search. Text search goes through the trigram index (three characters or
 * more) or the bigram index (two), never an unindexed scan; single characters are refused by the
 * query schema. Everything else is an equality or range on an indexed column.
 */
export function publicConditions(f: PublicFilter): SQL {
  const c: (SQL | undefined)[] = [isPublic(), eq(publishedResults.status, 'current')];
  if (f.q) {
    const q = f.q.trim();
    c.push([...q].length === 2 ? sql`${publishedResults.searchBigrams} @> ARRAY[${q.toLowerCase()}]::text[]` : sql`${publishedResults.searchText} ILIKE ${`%${escapeLike(q)}%`}`);
  }
  if (f.sampleNo) c.push(eq(publishedResults.sampleNo, f.sampleNo));
  if (f.creditCode) c.push(eq(publishedResults.creditCode, f.creditCode.toUpperCase()));
  if (f.category) c.push(sql`(${publishedResults.category} = ${f.category} OR ${publishedResults.categoryRoot} = ${f.category})`);
  if (f.region) {
    if (f.region.endsWith('00')) {
      const prefix = f.region.slice(0, 4);
      c.push(sql`${publishedResults.regionCode} >= ${prefix + '00'} AND ${publishedResults.regionCode} <= ${prefix + '99'}`);
    } else c.push(eq(publishedResults.regionCode, f.region));
  }
  if (f.dateFrom) c.push(gte(publishedResults.publishedAt, new Date(`${f.dateFrom}T00:00:00+08:00`)));
  if (f.dateTo) c.push(lt(publishedResults.publishedAt, new Date(new Date(`${f.dateTo}T00:00:00+08:00`).getTime() + 86_400_000)));
  if (f.conclusion) c.push(eq(publishedResults.conclusion, f.conclusion));
  return and(...c)!;
}

/**
 * Counting stops here: a visitor needs "more than 1 000", not the exact number of a broad query,
 * and counting 10 000 matching rows costs a hundred milliseconds (docs/performance.md).
 */
export const TOTAL_CAP = 1_000;

const publicColumns = {
  sampleNo: publishedResults.sampleNo,
  status: publishedResults.status,
  foodName: publishedResults.foodName,
  category: publishedResults.category,
  spec: publishedResults.spec,
  trademark: publishedResults.trademark,
  productionDate: publishedResults.productionDateText,
  sampledPartyName: publishedResults.sampledPartyName,
  sampledPartyAddress: publishedResults.sampledPartyAddress,
  nominalProducerName: publishedResults.nominalProducerName,
  nominalProducerAddress: publishedResults.nominalProducerAddress,
  creditCode: publishedResults.creditCode,
  regionCode: publishedResults.regionCode,
  regionName: publishedResults.regionName,
  samplingDate: publishedResults.samplingDate,
  conclusion: publishedResults.conclusion,
  failedItems: publishedResults.failedItems,
  labName: publishedResults.labName,
  noticeNo: publishedResults.noticeNo,
  publicNote: publishedResults.publicNote,
  // 核查处置情况, shown on the announcement page only (not part of the open data view).
  disposal: publishedResults.disposal,
  corrections: publishedResults.corrections,
  publishedAt: publishedResults.publishedAt,
  updatedAt: publishedResults.updatedAt,
  publicationId: publishedResults.publicationId,
};

type Row = Awaited<ReturnType<typeof selectRows>>[number];

function selectRows(db: Executor, where: SQL, limit: number, offset: number) {
  return db.select(publicColumns).from(publishedResults).where(where).orderBy(desc(publishedResults.publishedAt), desc(publishedResults.id)).limit(limit).offset(offset);
}

/** The public view of a row: the open data fields, nothing internal (no ids, no units). */
export function openView(r: Row) {
  return {
    sampleNo: r.sampleNo,
    status: r.status as 'current' | 'withdrawn',
    foodName: r.foodName,
    category: r.category,
    spec: r.spec,
    trademark: r.trademark,
    productionDate: r.productionDate,
    sampledPartyName: r.sampledPartyName,
    sampledPartyAddress: r.sampledPartyAddress,
    nominalProducerName: r.nominalProducerName,
    nominalProducerAddress: r.nominalProducerAddress,
    creditCode: r.creditCode,
    regionCode: r.regionCode,
    regionName: r.regionName,
    samplingDate: r.samplingDate,
    conclusion: r.conclusion,
    failedItems: r.failedItems.map((f) => ({ itemName: f.itemName, result: f.resultText, unit: f.unit, limit: f.limitText, standard: f.standard })),
    labName: r.labName,
    noticeNo: r.noticeNo,
    publicNote: r.publicNote,
    corrections: r.corrections,
    publishedAt: r.publishedAt,
  };
}
export type OpenView = ReturnType<typeof openView>;

export async function searchPublicResults(db: Executor, f: PublicFilter, page: { pageSize: number; offset: number }) {
  const where = publicConditions(f);
  const [rows, [{ total }]] = await Promise.all([
    selectRows(db, where, page.pageSize, page.offset),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(sql`(SELECT 1 FROM ${publishedResults} WHERE ${where} LIMIT ${TOTAL_CAP + 1}) AS capped`),
  ]);
  return { rows, total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP };
}

/** Fields the open data API counts by (openFDA's `count`). */
export const countFields = { category: publishedResults.category, categoryRoot: publishedResults.categoryRoot, regionName: publishedResults.regionName, conclusion: publishedResults.conclusion, labName: publishedResults.labName } as const;
export type CountField = keyof typeof countFields;

export async function countPublicResults(db: Executor, f: PublicFilter, field: CountField) {
  const column = countFields[field];
  const rows = await db
    .select({ term: column, count: sql<number>`count(*)`.mapWith(Number) })
    .from(publishedResults)
    .where(publicConditions(f))
    .groupBy(column)
    .orderBy(sql`count(*) DESC`)
    .limit(100);
  return rows;
}

/**
 * One public result by its sample number: the newest publication of it. Undefined alike for a
 * sample never published, one in a draft or scheduled batch, and a number that does not exist.
 */
export async function publicResult(db: Executor, sampleNo: string) {
  const [row] = await db.select(publicColumns).from(publishedResults).where(and(isPublic(), eq(publishedResults.sampleNo, sampleNo))).orderBy(desc(publishedResults.publishedAt)).limit(1);
  return row;
}

export async function resultsOfPublication(db: Executor, publicationId: string) {
  return db.select(publicColumns).from(publishedResults).where(and(isPublic(), eq(publishedResults.publicationId, publicationId))).orderBy(publishedResults.sampleNo);
}
