import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { publicationRules } from '../../domain/publication/rules.js';
import { isoDate } from '../../http/dates.js';
import type { SessionUser } from '../access/actor.js';
import { sampleInScope } from '../sampling/sample-scope.js';

/** At most this many samples in one batch, by filter or by list: the tables of one announcement stay printable. */
export const FILTER_CAP = 5000;
/** The preview lists this many samples; the count covers all of them. */
const PREVIEW_ROWS = 200;

/** Picking a batch's samples by plan / period / conclusion / region (issue 13 §1), always within the drafter's scope. */
export const sampleFilter = z
  .object({
    planId: z.uuid('计划编号格式不正确').optional(),
    /** Which date the period applies to: 抽样日期 or 收到检验结论日期. */
    dateField: z.enum(['sampling', 'conclusion']).default('sampling'),
    dateFrom: isoDate().optional(),
    dateTo: isoDate().optional(),
    conclusion: z.enum(['qualified', 'unqualified']).optional(),
    /** A county code, or a city code (ending 00) for all its counties. */
    regionCode: z.string().regex(/^\d{6}$/, '地区代码应为6位数字').optional(),
  })
  .refine((f) => !f.dateFrom || !f.dateTo || f.dateFrom <= f.dateTo, { message: '开始日期不能晚于结束日期', path: ['dateTo'] });
export type SampleFilter = z.infer<typeof sampleFilter>;

function conditions(user: SessionUser, f: SampleFilter): SQL {
  const date = f.dateField === 'conclusion' ? samples.conclusionReceivedOn : samples.samplingDate;
  const c: (SQL | undefined)[] = [
    sampleInScope(user),
    // Only what an announcement may carry (rules.ts): supervisory sampling with a conclusion.
    inArray(samples.samplingType, [...publicationRules.publishedSamplingTypes.value]),
    f.conclusion ? eq(samples.conclusion, f.conclusion) : inArray(samples.conclusion, ['qualified', 'unqualified']),
    f.planId ? eq(samples.planId, f.planId) : undefined,
    f.dateFrom ? gte(date, f.dateFrom) : undefined,
    f.dateTo ? lte(date, f.dateTo) : undefined,
  ];
  if (f.regionCode) {
    // A province code (xx0000) or a city code (xxxx00) covers everything under it.
    const prefix = f.regionCode.endsWith('0000') ? f.regionCode.slice(0, 2) : f.regionCode.endsWith('00') ? f.regionCode.slice(0, 4) : null;
    c.push(prefix ? sql`${samples.regionCode} LIKE ${prefix + '%'}` : eq(samples.regionCode, f.regionCode));
  }
  return and(...c)!;
}

/** How many samples the filter picks (counting stops past the cap) and the first of them, for the draft form. */
export async function previewSampleFilter(db: Executor, user: SessionUser, f: SampleFilter) {
  const where = conditions(user, f);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: samples.id, sampleNo: samples.sampleNo, foodName: samples.foodName, sampledPartyName: samples.sampledPartyName, conclusion: samples.conclusion, samplingDate: samples.samplingDate, regionCode: samples.regionCode })
      .from(samples)
      .where(where)
      .orderBy(asc(samples.samplingDate), asc(samples.sampleNo))
      .limit(PREVIEW_ROWS),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(sql`(SELECT 1 FROM ${samples} WHERE ${where} LIMIT ${FILTER_CAP + 1}) AS capped`),
  ]);
  return { total: Math.min(total, FILTER_CAP + 1), cap: FILTER_CAP, overCap: total > FILTER_CAP, items: rows };
}

/** The ids the filter picks, server-side and scoped; refused beyond the cap or when nothing matches. */
export async function resolveSampleFilter(db: Executor, user: SessionUser, f: SampleFilter): Promise<string[]> {
  const rows = await db.select({ id: samples.id }).from(samples).where(conditions(user, f)).limit(FILTER_CAP + 1);
  if (rows.length > FILTER_CAP) throw new DomainError('PUBLICATION_FILTER_TOO_MANY', { cap: FILTER_CAP }, { cap: FILTER_CAP });
  if (rows.length === 0) throw new DomainError('PUBLICATION_FILTER_EMPTY');
  return rows.map((r) => r.id);
}
