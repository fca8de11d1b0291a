import { textDate } from '../documents/chinese-date.js';
import { bodyText, renderOfficialDocument, type OfficialDocumentSpec } from '../documents/official-layout.js';
import type { MeetingDetail } from './list-meetings.js';

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * 研判活动纪要 in the shared official layout (GB/T 9704-2012 as the documents module sets it):
 * the facts of the meeting, then 研判情况, 主要风险, 研判结论 and 工作措施 as first-level headings,
 * then the minutes text as written. Rendered from the stored record, so it never differs from it.
 */
export function minutesSpec(m: MeetingDetail): OfficialDocumentSpec {
  const parts: { heading: string; lines: string[] }[] = [
    { heading: '研判情况', lines: [m.summary] },
    {
      heading: '主要风险',
      lines: m.risks.length
        ? m.risks.map((r, i) => `（${numerals[i] ?? i + 1}）${r.description}（风险等级：${r.levelName}${r.categoryName ? `；食品类别：${r.categoryName}` : ''}${r.regionName ? `；地区：${r.regionName}` : ''}）。`)
        : ['本次研判未发现需单列的风险。'],
    },
    { heading: '研判结论', lines: [m.conclusions || '无。'] },
    {
      heading: '工作措施',
      lines: m.followUps.length ? m.followUps.map((f, i) => `（${numerals[i] ?? i + 1}）${f.description}。责任单位：${f.ownerUnitName}；完成时限：${textDate(f.dueOn)}（${f.kindName}）。`) : ['无。'],
    },
  ];
  const participants = [...m.participants.units.map((u) => u.name), ...m.participants.people].join('、') || '—';
  const body = [
    bodyText(`时间：${textDate(m.heldOn)}（${m.periodLabel}${m.late ? '，逾期补开' : ''}）`),
    bodyText(`形式：${m.formName}`),
    bodyText(`参加单位及人员：${participants}`),
    bodyText(`研判领域：${m.sources.map((s) => s.name).join('、') || '—'}`),
    ...parts.flatMap((p, i) => [bodyText([{ text: `${numerals[i]}、${p.heading}`, heading: true }], { keepNext: true }), ...p.lines.map((l) => bodyText(l))]),
    ...(m.minutes ? [bodyText([{ text: `${numerals[parts.length]}、会议记录`, heading: true }], { keepNext: true }), ...m.minutes.split(/\n+/).filter(Boolean).map((l) => bodyText(l))] : []),
  ];
  return {
    issuer: m.unitName,
    documentNo: `${m.periodLabel}风险研判`,
    title: `${m.title}纪要`,
    date: m.heldOn,
    subject: `风险研判纪要 ${m.unitName} ${m.periodLabel}`,
    body,
  };
}

export async function renderMinutes(m: MeetingDetail): Promise<{ fileName: string; bytes: Buffer }> {
  return { fileName: `${m.unitName}${m.periodLabel}风险研判纪要.docx`, bytes: await renderOfficialDocument(minutesSpec(m)) };
}
