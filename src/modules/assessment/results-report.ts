import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assessedKindNames, type AssessedKind } from '../../domain/assessment/defaults.js';
import { periodBounds, periodNames, type AssessmentPeriod } from '../../domain/assessment/periods.js';
import { textDate } from '../documents/chinese-date.js';
import { bodyText, renderOfficialDocument } from '../documents/official-layout.js';
import { toLocalDate } from '../../domain/time.js';
import type { UnitScore } from './compute-scores.js';
import { scoreFormula } from './compute-scores.js';

const numerals = ['一', '二', '三', '四', '五', '六'];
const levels: AssessedKind[] = ['city', 'county', 'division'];
const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** Per unit: the period's findings and how many are accepted (整改情况), for the results table and the 通报. */
export async function rectificationByUnit(db: Executor, year: number, period: AssessmentPeriod = 'year') {
  const { fromDate, toDate } = periodBounds(year, period);
  const rows = ((await db.execute(
    sql`SELECT f.unit_id, count(*)::int AS findings, count(*) FILTER (WHERE f.status = 'accepted')::int AS accepted FROM assessment_findings f WHERE f.found_on BETWEEN ${fromDate} AND ${toDate} GROUP BY f.unit_id`,
  )) as unknown as { rows: { unit_id: string; findings: number; accepted: number }[] }).rows;
  return new Map(rows.map((r) => [r.unit_id, { findings: Number(r.findings), accepted: Number(r.accepted) }]));
}

export type ScoresByLevel = Partial<Record<AssessedKind, UnitScore[]>>;

/** 考评通报 in the shared official layout: the method, then the standing of each level (the top and the last), then the findings' rectification. */
export async function renderAssessmentReport(input: { year: number; period: AssessmentPeriod; published: boolean; scores: ScoresByLevel; rectification: Map<string, { findings: number; accepted: number }>; issuer: string }) {
  const label = `${input.year}年度${input.period === 'year' ? '' : periodNames[input.period]}`;
  const body = [
    bodyText(`按照《四川省市场监督管理局食品安全“监检联动”工作规范（试行）》第二十五条，省局对各单位${label}监检联动工作情况进行了考核评价。现将${input.published ? '' : '（未发布，征求意见稿）'}考评结果通报如下。`),
    bodyText([{ text: `${numerals[0]}、考核方法`, heading: true }], { keepNext: true }),
    bodyText(scoreFormula),
    ...levels.flatMap((level, i) => {
      const items = (input.scores[level] ?? []).filter((s) => s.score !== null).sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999));
      if (!items.length) return [];
      return [
        bodyText([{ text: `${numerals[i + 1]}、${assessedKindNames[level]}考评情况`, heading: true }], { keepNext: true }),
        bodyText(`参评${items.length}个单位，平均得分${fmt(items.reduce((s, x) => s + (x.score ?? 0), 0) / items.length)}分。`),
        ...items.map((s) => {
          const r = input.rectification.get(s.unitId);
          return bodyText(`${s.rank}. ${s.unitName}：${fmt(s.score)}分${s.trend !== null ? `（较上期${s.trend >= 0 ? '提高' : '下降'}${Math.abs(s.trend).toFixed(2)}分）` : ''}${r ? `；检查发现问题${r.findings}个，已整改验收${r.accepted}个` : ''}。`);
        }),
      ];
    }),
    bodyText([{ text: `${numerals[levels.length + 1]}、工作要求`, heading: true }], { keepNext: true }),
    bodyText('各单位要对照考评结果和检查发现的问题，逐项落实整改意见，按期报送整改情况；考评结果作为年度重点工作考核的重要参考。'),
  ];
  const date = toLocalDate(new Date());
  const bytes = await renderOfficialDocument({ issuer: input.issuer, documentNo: `${label}考评通报`, title: `关于${label}监检联动工作考评情况的通报`, date, subject: `考评通报 ${label} ${textDate(date)}`, body });
  return { fileName: `${label}监检联动工作考评通报.docx`, bytes };
}

/** The scores as an .xlsx: one sheet per level, one row per unit, the indicators' values and points. */
export async function scoresWorkbook(year: number, period: AssessmentPeriod, scores: ScoresByLevel, rectification: Map<string, { findings: number; accepted: number }>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const level of levels) {
    const items = scores[level];
    if (!items?.length) continue;
    const sheet = book.addWorksheet(assessedKindNames[level]);
    const indicators = items[0].indicators;
    sheet.addRow([`${year}年${periodNames[period]}${assessedKindNames[level]}考核得分`]).font = { name: '黑体', size: 14 };
    sheet.addRow(['排名', ...(level === 'county' ? ['市内排名'] : []), '单位', '行政区划代码', '得分', '上期得分', '变化', ...indicators.flatMap((i) => [`${i.name}（实际值）`, `${i.name}（得分）`]), '检查发现问题', '已整改验收']).font = { bold: true };
    for (const s of [...items].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))) {
      const r = rectification.get(s.unitId);
      sheet.addRow([
        s.rank ?? '',
        ...(level === 'county' ? [s.rankInCity ?? ''] : []),
        s.unitName,
        s.regionCode ?? '',
        s.score ?? '',
        s.previousScore ?? '',
        s.trend ?? '',
        ...s.indicators.flatMap((i) => [i.value ?? '', i.points ?? '']),
        r?.findings ?? 0,
        r?.accepted ?? 0,
      ]);
    }
    sheet.columns.forEach((c) => (c.width = 14));
  }
  if (book.worksheets.length === 0) book.addWorksheet('考核得分').addRow(['暂无数据']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
