import { disposalStatusNames, type DisposalStatus } from '../../domain/disposal.js';
import { toLocalDate } from '../../domain/time.js';
import { textDate } from './chinese-date.js';
import { linkVerb, type DisposalFacts } from './document-facts.js';
import { formTable } from './form-table.js';
import { bodyText, type OfficialDocumentSpec } from './official-layout.js';

const DAY = 86_400_000;

/** Whole calendar days a deadline has passed, counted in Asia/Shanghai dates. */
export function daysOverdue(dueAt: Date, now: Date): number {
  return Math.max(0, Math.round((Date.parse(toLocalDate(now)) - Date.parse(toLocalDate(dueAt))) / DAY));
}

/**
 * 督办函 from the guiding division or 抽检监测处 to the owner bureau about an overdue disposal:
 * the facts, how late it is, which of the five in place are missing, and what is required.
 */
export function supervisionLetterSpec(
  facts: DisposalFacts,
  issue: { issuer: string; documentNo: string; date: string; asOf: Date },
): OfficialDocumentSpec {
  const { sample, disposal } = facts;
  const late = daysOverdue(disposal.dueAt, issue.asOf);
  const extended = disposal.extension ? `（已延期${disposal.extension.days}日）` : '';
  return {
    issuer: issue.issuer,
    documentNo: issue.documentNo,
    title: `关于督办${sample.foodName}不合格核查处置工作的函`,
    addressee: facts.ownerUnitName,
    date: issue.date,
    subject: `督办函 ${sample.sampleNo}`,
    closing: '特此函告。',
    body: [
      bodyText(`你局承办的下列不合格食品核查处置事项，截至${textDate(toLocalDate(issue.asOf))}已超过办结期限${late}日，至今尚未办结。`, { keepNext: true }),
      formTable(
        [
          { cells: [{ text: '抽样单编号', label: true }, { text: sample.sampleNo }, { text: '食品名称', label: true }, { text: sample.foodName }] },
          { cells: [{ text: '被抽样单位', label: true }, { text: `${sample.sampledPartyName}（${linkVerb(sample.link)}）`, span: 3 }] },
          { cells: [{ text: '交办日期', label: true }, { text: textDate(toLocalDate(disposal.openedAt)) }, { text: '办结期限', label: true }, { text: `${textDate(toLocalDate(disposal.dueAt))}${extended}` }] },
          { cells: [{ text: '逾期天数', label: true }, { text: `${late}日` }, { text: '处置状态', label: true }, { text: disposalStatusNames[disposal.status as DisposalStatus] ?? disposal.status }] },
          { cells: [{ text: '未完成事项', label: true }, { text: facts.openSteps.join('、') || '结案审批', span: 3 }] },
        ],
        [19, 31, 19, 31],
      ),
      bodyText('根据《食品安全抽样检验管理办法》和我省食品安全“监检联动”工作机制的有关规定，现予督办。请你局：'),
      bodyText('一、高度重视，立即组织力量加快核查处置，确保风险控制、原因排查、整改落实、行政处罚、信息公开“五个到位”。'),
      bodyText('二、在平台上及时登记处置进展和证据材料，按程序申请结案。'),
      bodyText(`三、将逾期原因和下一步工作安排书面报送${issue.issuer.endsWith('处') ? '我处' : '我局'}。`),
      bodyText('对无正当理由逾期不办的，将按规定予以通报。'),
    ],
  };
}
