import { toLocalDate } from '../../domain/time.js';
import { textDate } from './chinese-date.js';
import { failedItemsText, type DisposalFacts } from './document-facts.js';
import { formTable } from './form-table.js';
import type { OfficialDocumentSpec } from './official-layout.js';

/**
 * 延期审批表: the disposal, its legal deadline, the days asked for and why, and the written
 * approval of the owner unit's head (办法 art. 45), with the number taken when it was approved.
 */
export function extensionFormSpec(facts: DisposalFacts, issue: { issuer: string }): OfficialDocumentSpec {
  const { sample, disposal } = facts;
  const extension = disposal.extension!;
  const approvedOn = toLocalDate(new Date(extension.approvedAt));
  const dateOf = (d: Date) => textDate(toLocalDate(d));
  return {
    form: true,
    issuer: issue.issuer,
    documentNo: extension.documentNo,
    title: '不合格食品核查处置延期审批表',
    date: approvedOn,
    subject: `延期审批表 ${sample.sampleNo}`,
    body: [
      formTable(
        [
          { cells: [{ text: '抽样单编号', label: true }, { text: sample.sampleNo }, { text: '食品名称', label: true }, { text: sample.foodName }] },
          { cells: [{ text: '被抽样单位', label: true }, { text: sample.sampledPartyName, span: 3 }] },
          { cells: [{ text: '标称生产者', label: true }, { text: sample.nominalProducerName ?? '—', span: 3 }] },
          { cells: [{ text: '不合格项目', label: true }, { text: failedItemsText(facts.failedItems) || '—', span: 3 }] },
          { cells: [{ text: '核查处置单位', label: true }, { text: facts.ownerUnitName, span: 3 }] },
          { cells: [{ text: '处置起始日期', label: true }, { text: dateOf(disposal.openedAt) }, { text: '原办结期限', label: true }, { text: dateOf(disposal.originalDueAt) }] },
          { cells: [{ text: '延期天数', label: true }, { text: `${extension.days}日` }, { text: '延期后期限', label: true }, { text: dateOf(disposal.dueAt) }] },
          { cells: [{ text: '延期理由', label: true }, { text: extension.reason, span: 3, minLines: 3 }] },
          {
            cells: [
              { text: '审批意见', label: true },
              { text: [`同意延期${extension.days}日。`, '', `负责人：${extension.approvedBy}`, `审批日期：${textDate(approvedOn)}`], span: 3, minLines: 4 },
            ],
          },
          { cells: [{ text: '备注', label: true }, { text: '依据《食品安全抽样检验管理办法》，核查处置期限经本单位负责人书面批准后延长。', span: 3 }] },
        ],
        [19, 31, 19, 31],
      ),
    ],
  };
}
