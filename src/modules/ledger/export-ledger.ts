import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals, orgUnits } from '../../db/schema/index.js';
import { fiveInPlace } from '../../domain/disposal.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { ledgerConditions, type LedgerFilter } from './ledger-filter.js';
import { ledgerRowQuery, toLedgerItem, type LedgerItem, type StepState } from './ledger-rows.js';

const BATCH = 1000;

/** The columns of a 不合格食品核查处置台账, in the order officials keep it. */
const columns = [
  { header: '序号', width: 6 },
  { header: '抽样编号', width: 22 },
  { header: '食品名称', width: 14 },
  { header: '被抽样单位', width: 26 },
  { header: '标称生产企业', width: 26 },
  { header: '不合格项目', width: 30 },
  { header: '承办单位', width: 24 },
  { header: '收到结论日期', width: 12 },
  { header: '处置期限', width: 12 },
  { header: '风险控制', width: 14 },
  { header: '原因排查', width: 14 },
  { header: '整改落实', width: 14 },
  { header: '行政处罚', width: 18 },
  { header: '信息公开', width: 14 },
  { header: '五个到位', width: 10 },
  { header: '状态', width: 14 },
  { header: '备注', width: 30 },
];
const lastColumn = 'Q';
const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const font = { name: '宋体', size: 10 };

const inPlace = (s: StepState) => (s.status === 'done' ? `到位（${s.doneOn}）` : '未到位');

function periodLabel(filter: LedgerFilter, now: Date) {
  if (filter.periodFrom && filter.periodTo) return `（${filter.periodFrom}至${filter.periodTo}）`;
  if (filter.periodFrom) return `（${filter.periodFrom}起）`;
  return `（截至${filter.periodTo ?? toLocalDate(now)}）`;
}

/** Whose ledger it is: the unit filtered on, the caller's bureau, or the province bureau and the caller's division. */
async function ledgerUnitName(db: Executor, user: SessionUser, ownerUnitId: string | undefined) {
  const name = async (id: string) => (await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id)).limit(1))[0]?.name ?? '';
  if (ownerUnitId) return name(ownerUnitId);
  if (['province_bureau', 'city_bureau', 'county_bureau'].includes(user.unit.kind)) return user.unit.name;
  return `${await name(unitIdForSlug('province'))}${user.unit.name}`;
}

function rowValues(n: number, item: LedgerItem) {
  return [
    n,
    item.sampleNo,
    item.foodName,
    item.sampledPartyName,
    item.nominalProducerName ?? '',
    item.failedItems ?? '',
    item.ownerUnitName,
    toLocalDate(item.openedAt),
    toLocalDate(item.dueAt),
    inPlace(item.riskControl),
    inPlace(item.causeInvestigation),
    inPlace(item.rectification),
    item.penaltyCaseNo && item.penalty.status === 'done' ? `${inPlace(item.penalty)}\n${item.penaltyCaseNo}` : inPlace(item.penalty),
    inPlace(item.disclosure),
    item.fiveInPlace ? '到位' : '未到位',
    item.overdue ? `${item.statusName}（逾期）` : item.statusName,
    item.remarks ?? '',
  ];
}

/**
 * Streams the filtered ledger as the xlsx officials keep: a merged title row naming the unit
 * and period, a frozen header row, one bordered row per disposal read in keyset pages (a
 * province-wide ledger never sits in memory), and a footer with the totals of the rows written.
 */
export async function exportLedger(db: Executor, user: SessionUser, filter: LedgerFilter, options: { now?: Date; batch?: number } = {}): Promise<PassThrough> {
  const now = options.now ?? new Date();
  const batch = options.batch ?? BATCH;
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('核查处置台账', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const where = ledgerConditions(user, filter, now);
  const readPage = (after: { cursor: string; id: string } | null) =>
    ledgerRowQuery(db, after ? and(where, sql`(${disposals.openedAt}, ${disposals.id}) > (${after.cursor}::timestamptz, ${after.id}::uuid)`)! : where)
      .orderBy(asc(disposals.openedAt), asc(disposals.id))
      .limit(batch);

  // The title and the first page are read before the stream is returned: a query that fails then
  // is answered as an error reply, not by cutting the connection after the headers were sent.
  const unitName = await ledgerUnitName(db, user, filter.ownerUnitId);
  let page = await readPage(null);
  (async () => {
    const title = sheet.getRow(1);
    title.values = [`${unitName}不合格食品核查处置台账${periodLabel(filter, now)}`];
    title.height = 36;
    title.getCell(1).font = { name: '宋体', size: 16, bold: true };
    title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.mergeCells(`A1:${lastColumn}1`);
    title.commit();
    const header = sheet.getRow(2);
    header.values = columns.map((c) => c.header);
    header.height = 28;
    header.eachCell((cell) => {
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
      cell.border = border;
    });
    header.commit();

    const totals = { rows: 0, closed: 0, overdue: 0, complete: 0, ...Object.fromEntries(fiveInPlace.map((k) => [k, 0])) } as Record<string, number>;
    for (;;) {
      for (const raw of page) {
        const item = toLedgerItem(raw, now);
        totals.rows++;
        if (item.status === 'closed') totals.closed++;
        if (item.overdue) totals.overdue++;
        if (item.fiveInPlace) totals.complete++;
        for (const k of fiveInPlace) if (item[k].status === 'done') totals[k]++;
        const row = sheet.addRow(rowValues(totals.rows, item));
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cell.font = font;
          cell.border = border;
          cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || (col >= 8 && col <= 16) ? 'center' : 'left' };
        });
        row.commit();
      }
      if (page.length < batch) break;
      const last = page[page.length - 1];
      page = await readPage({ cursor: last.openedAtKey, id: last.disposal.id });
    }

    const footer = sheet.addRow([
      `合计：${totals.rows}件`,
      ...Array(8).fill(''),
      ...fiveInPlace.map((k) => `到位${totals[k]}件`),
      `到位${totals.complete}件`,
      `已结案${totals.closed}件，逾期${totals.overdue}件`,
      '',
    ]);
    footer.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...font, bold: true };
      cell.border = border;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    sheet.mergeCells(`A${footer.number}:I${footer.number}`);
    footer.commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error) => stream.destroy(error));
  return stream;
}
