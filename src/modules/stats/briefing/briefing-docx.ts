import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import type { Briefing, BriefingRow } from '../../../contracts/stats.js';
import { bodyText, plainLine, run } from '../../documents/official-layout.js';
import { formTable, type FormRow } from '../../documents/form-table.js';

const pct = (n: number) => `${n.toFixed(2)}%`;
const cell = (text: string, label = false) => ({ text, label });

/** A comparison table: name, then samples / unqualified / rate for this period, 环比 and 同比. */
function comparison(title: string, rows: BriefingRow[]): (Paragraph | ReturnType<typeof formTable>)[] {
  if (rows.length === 0) return [bodyText([{ text: title, heading: true }]), bodyText('本期无数据。')];
  const head: FormRow = {
    keepNext: true,
    cells: ['名称', '本期批次', '本期不合格', '本期不合格率', '上期不合格率', '去年同期不合格率'].map((t) => cell(t, true)),
  };
  const body: FormRow[] = rows.map((r) => ({
    cells: [cell(r.name), cell(String(r.current.samples)), cell(String(r.current.unqualified)), cell(pct(r.current.unqualifiedRate)), cell(pct(r.previous.unqualifiedRate)), cell(pct(r.lastYear.unqualifiedRate))],
  }));
  return [bodyText([{ text: title, heading: true }], { keepNext: true }), formTable([head, ...body], [3, 2, 2, 2, 2, 2])];
}

/**
 * The briefing pack (研判材料) as a Word document, from the same reply the page shows, so the
 * paper and the screen cannot differ. Internal working material: no document number or seal.
 */
export async function briefingDocx(pack: Briefing): Promise<{ fileName: string; content: Buffer }> {
  const { current, previous, lastYear } = pack.periods;
  const s = pack.summary;
  const title = `${pack.regionName}食品安全风险研判材料`;
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(title, 'title', 22)] }),
    plainLine(`（${current.from} 至 ${current.to}）`, { align: 'center' }),
    bodyText([{ text: '一、总体情况', heading: true }]),
    bodyText(
      `本期抽检${s.current.samples}批次，不合格${s.current.unqualified}批次，不合格率${pct(s.current.unqualifiedRate)}；` +
        `上期（${previous.from} 至 ${previous.to}）${s.previous.samples}批次，不合格率${pct(s.previous.unqualifiedRate)}；` +
        `去年同期（${lastYear.from} 至 ${lastYear.to}）${s.lastYear.samples}批次，不合格率${pct(s.lastYear.unqualifiedRate)}。`,
    ),
    ...comparison('二、按食品大类', pack.byCategory),
    ...comparison('三、按地区', pack.byRegion),
    ...comparison('四、按环节', pack.byLink),
    bodyText([{ text: '五、不合格项目', heading: true }]),
    ...(pack.byItem.length
      ? pack.byItem.map((i) => bodyText(`${i.name}：本期${i.current}批次，上期${i.previous}批次，去年同期${i.lastYear}批次。`))
      : [bodyText('本期无不合格项目。')]),
    bodyText([{ text: '六、核查处置与督办', heading: true }]),
    bodyText(
      `未办结核查处置${pack.work.openDisposals}件，其中超期${pack.work.overdueDisposals}件；本期24小时报告${pack.work.urgentReports.raised}件，按时处置${pack.work.urgentReports.onTime}件，超时${pack.work.urgentReports.late}件；` +
        `办理中督办${pack.work.openEscalations}件，未结案件${pack.work.openCases}件。`,
    ),
    bodyText([{ text: '七、屡查屡犯企业', heading: true }]),
    ...(pack.repeatOffenders.length ? pack.repeatOffenders.map((o) => bodyText(`${o.name}：本期不合格${o.unqualified}批次。`)) : [bodyText('本期无两次以上不合格的企业。')]),
    ...pack.sections.flatMap((section, i) => [
      bodyText([{ text: `${['八', '九', '十'][i] ?? String(8 + i)}、${section.title}`, heading: true }]),
      ...(section.available ? section.rows.map((r) => bodyText(`${r.label}：${r.value}`)) : [bodyText('该项数据尚未接入。')]),
    ]),
  ];
  const doc = new Document({ creator: pack.regionName, title, sections: [{ children }] });
  return { fileName: `${title}（${current.from}至${current.to}）.docx`, content: await Packer.toBuffer(doc) };
}
