import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { publicationSamples, publishedResults } from '../../db/schema/index.js';
import { publicationRows, type PublicationKind, type PublicationSample } from '../../domain/sampling/publication-table.js';
import { toLocalDate } from '../../domain/time.js';
import { disposalRows } from '../../domain/publication/disposal-text.js';
import type { SessionUser } from '../access/actor.js';
import { bodyText } from '../documents/official-layout.js';
import { formTable } from '../documents/form-table.js';
import { renderOfficialDocument } from '../documents/official-layout.js';
import { getPublication } from './get-publication.js';
import { publicContentOf } from './snapshot.js';

type Content = Pick<
  typeof publishedResults.$inferSelect,
  'sampleNo' | 'nominalProducerName' | 'nominalProducerAddress' | 'sampledPartyName' | 'sampledPartyAddress' | 'trademark' | 'failedItems' | 'labName' | 'foodName' | 'spec' | 'productionDateText' | 'category' | 'taskSource' | 'conclusion' | 'disposal'
> & { publicNote?: string | null };

const TITLES: Record<PublicationKind, string> = { qualified: '合格产品信息', unqualified: '不合格产品信息' };

/** The rows of the two national tables: from the public snapshot once published, else a preview of what would be published. */
async function tableSamples(db: Db, user: SessionUser, id: string) {
  const detail = await getPublication(db, user, id);
  let contents: Content[];
  if (detail.status === 'published' || detail.status === 'withdrawn') {
    contents = (await db.select().from(publishedResults).where(and(eq(publishedResults.publicationId, id), eq(publishedResults.status, 'current'))));
  } else {
    const shown = (await db.select().from(publicationSamples).where(eq(publicationSamples.publicationId, id))).filter((m) => !m.heldBack);
    const map = await publicContentOf(db, shown.map((m) => m.sampleId));
    contents = [...map.values()];
  }
  const noticeDate = detail.publishAt ? toLocalDate(new Date(detail.publishAt)) : null;
  const asSample = (c: (typeof contents)[number]): PublicationSample => ({
    sampleNo: c.sampleNo,
    nominalProducerName: c.nominalProducerName,
    nominalProducerAddress: c.nominalProducerAddress,
    sampledPartyName: c.sampledPartyName,
    sampledPartyProvince: '四川',
    sampledPartyAddress: c.sampledPartyAddress,
    trademark: c.trademark,
    failedItems: c.failedItems.map((f) => ({ itemName: f.itemName, resultText: f.resultText, unit: f.unit, limitText: f.limitText })),
    labName: c.labName,
    foodName: c.foodName,
    spec: c.spec,
    productionDateText: c.productionDateText,
    category: c.category,
    noticeNo: detail.noticeNo,
    noticeDate,
    taskSource: c.taskSource,
    remarks: c.publicNote ?? null,
    noticeUrl: null,
  });
  const sorted = [...contents].sort((a, b) => a.sampleNo.localeCompare(b.sampleNo));
  return {
    detail,
    qualified: sorted.filter((c) => c.conclusion === 'qualified').map(asSample),
    unqualified: sorted.filter((c) => c.conclusion === 'unqualified').map(asSample),
    // 核查处置情况: from the snapshot once published (as it was then), else as it stands now.
    disposals: disposalRows(sorted.filter((c) => c.conclusion === 'unqualified')),
  };
}

/** The two published tables as an xlsx workbook (合格产品信息, 不合格产品信息), national layout. */
export async function publicationWorkbook(db: Db, user: SessionUser, id: string): Promise<{ title: string; bytes: Buffer }> {
  const { detail, qualified, unqualified, disposals } = await tableSamples(db, user, id);
  const workbook = new ExcelJS.Workbook();
  for (const kind of ['unqualified', 'qualified'] as const) {
    const sheet = workbook.addWorksheet(TITLES[kind]);
    const rows = publicationRows(kind, kind === 'qualified' ? qualified : unqualified);
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 18));
  }
  const sheet = workbook.addWorksheet('核查处置情况');
  for (const row of disposals) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 18));
  return { title: detail.title, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** The 核查处置情况 table of the Word announcement: the columns of disposalRows without 抽样编号 and 食品名称. */
function disposalTable(rows: string[][]) {
  const drop = new Set([1, 2]);
  const cut = rows.map((r) => r.filter((_, k) => !drop.has(k)));
  return formTable(cut.map((r, i) => ({ cells: r.map((text) => ({ text, label: i === 0 })), keepNext: i === 0 })), cut[0].map((_, k) => (k === 0 ? 1 : 2)));
}

/** The announcement in the official layout: its text, the failed results, the passed results, as tables. */
export async function publicationDocument(db: Db, user: SessionUser, id: string): Promise<{ title: string; bytes: Buffer }> {
  const { detail, qualified, unqualified, disposals } = await tableSamples(db, user, id);
  const table = (kind: PublicationKind, list: PublicationSample[]) => {
    const rows = publicationRows(kind, list);
    // The full national layout has 16–18 columns, too many for A4 portrait: the document shows
    // the columns a reader needs, the xlsx carries them all.
    const keep = kind === 'unqualified' ? ['序号', '被抽样单位名称', '标称生产企业名称', '食品名称', '规格型号', '生产日期/批号', '不合格项目', '检验机构'] : ['序号', '被抽样单位名称', '标称生产企业名称', '食品名称', '规格型号', '生产日期/批号'];
    const indexes = keep.map((h) => rows[0].indexOf(h));
    return formTable(rows.map((r, i) => ({ cells: indexes.map((k) => ({ text: r[k], label: i === 0 })), keepNext: i === 0 })), indexes.map((_, k) => (k === 0 ? 1 : 3)));
  };
  const intro = detail.body?.trim() || `近期，四川省市场监督管理局组织食品安全监督抽检，共抽检${qualified.length + unqualified.length}批次样品，其中合格${qualified.length}批次，不合格${unqualified.length}批次。现将抽检结果公告如下：`;
  const bytes = await renderOfficialDocument({
    issuer: '四川省市场监督管理局',
    documentNo: detail.noticeNo ?? '（公告号待定）',
    title: detail.title,
    date: detail.publishAt ? toLocalDate(new Date(detail.publishAt)) : toLocalDate(new Date()),
    body: [
      bodyText(intro),
      bodyText([{ text: '一、不合格产品信息', heading: true }]),
      ...(unqualified.length ? [table('unqualified', unqualified)] : [bodyText('无。')]),
      bodyText([{ text: '二、合格产品信息', heading: true }]),
      ...(qualified.length ? [table('qualified', qualified)] : [bodyText('无。')]),
      bodyText([{ text: '三、核查处置情况', heading: true }]),
      bodyText('对抽检中发现的不合格食品，属地市场监管部门已依法开展核查处置，查清产品流向，督促企业采取下架、召回等措施控制风险，并依法处理。核查处置情况如下：'),
      // Without 抽样编号 and 食品名称 (the table above has them) the columns fit A4 portrait.
      ...(disposals.length > 1 ? [disposalTable(disposals)] : [bodyText('无。')]),
    ],
    closing: '特此公告。',
  });
  return { title: detail.title, bytes };
}
