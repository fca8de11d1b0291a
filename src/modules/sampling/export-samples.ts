import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { foodCategories, samples } from '../../db/schema/index.js';
import { conclusions, links, samplingTypes } from '../../domain/sampling/sample-rules.js';
import type { SessionUser } from '../access/actor.js';
import { sampleListColumns } from './list-samples.js';
import { sampleConditions, type SampleFilter } from './sample-filter.js';

const BATCH = 2000;

const columns = [
  { header: '抽样编号', key: 'sampleNo', width: 22 },
  { header: '抽检类型', key: 'samplingType', width: 12 },
  { header: '食品名称', key: 'foodName', width: 20 },
  { header: '食品大类', key: 'categoryRootName', width: 16 },
  { header: '食品分类', key: 'categoryName', width: 16 },
  { header: '环节', key: 'link', width: 8 },
  { header: '被抽样单位名称', key: 'sampledPartyName', width: 32 },
  { header: '行政区划代码', key: 'regionCode', width: 12 },
  { header: '标称生产企业名称', key: 'nominalProducerName', width: 32 },
  { header: '抽样日期', key: 'samplingDate', width: 12 },
  { header: '生产日期/批号', key: 'productionDate', width: 14 },
  { header: '保质期', key: 'shelfLife', width: 10 },
  { header: '检验机构', key: 'labName', width: 24 },
  { header: '检验结论', key: 'conclusion', width: 10 },
  { header: '待核实', key: 'needsReview', width: 8 },
];

/**
 * Streams the filtered sample list as xlsx: rows are read in keyset pages and written as they
 * come, so a province-wide export never sits in memory. The first page is read before the stream
 * is returned: a query that fails then is answered as an error reply, not by cutting the
 * connection after the headers were sent.
 */
export async function exportSamples(db: Executor, user: SessionUser, filter: SampleFilter): Promise<PassThrough> {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('抽检数据');
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  const category = alias(foodCategories, 'category');
  const root = alias(foodCategories, 'root');
  const where = sampleConditions(user, filter);

  const readPage = (after: { date: string; id: string } | null) =>
    db
        .select({ ...sampleListColumns, shelfLife: samples.shelfLife, categoryName: category.name, categoryRootName: root.name })
        .from(samples)
        .leftJoin(category, eq(category.id, samples.categoryId))
        .leftJoin(root, eq(root.id, samples.categoryRootId))
        .where(after ? and(where, sql`(${samples.samplingDate}, ${samples.id}) < (${after.date}::date, ${after.id}::uuid)`) : where)
        .orderBy(desc(samples.samplingDate), desc(samples.id))
        .limit(BATCH);

  let page = await readPage(null);
  (async () => {
    for (;;) {
      for (const row of page) {
        sheet
          .addRow({
            ...row,
            samplingType: samplingTypes[row.samplingType as keyof typeof samplingTypes] ?? row.samplingType,
            link: row.link ? (links[row.link as keyof typeof links] ?? row.link) : '待确定',
            conclusion: conclusions[row.conclusion as keyof typeof conclusions] ?? row.conclusion,
            productionDate: row.productionDate ?? row.batchNo,
            needsReview: row.needsReview ? '是' : '',
          })
          .commit();
      }
      if (page.length < BATCH) break;
      const last: { samplingDate: string; id: string } = page[page.length - 1];
      page = await readPage({ date: last.samplingDate, id: last.id });
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => stream.destroy(error));
  return stream;
}
