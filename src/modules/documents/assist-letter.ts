import { toLocalDate } from '../../domain/time.js';
import { textDate } from './chinese-date.js';
import { linkVerb, provinceBureauName, type DisposalFacts } from './document-facts.js';
import { bodyText, type OfficialDocumentSpec } from './official-layout.js';
import { sampleFactsTable } from './sample-tables.js';

export interface AssistFacts {
  toUnitName: string | null;
  outsideProvince: string | null;
  producerName: string;
  producerAddress: string | null;
}

/** Whom a 协查函 is addressed to: the Sichuan bureau asked, or the other province's bureau. */
export function assistAddressee(assist: AssistFacts): string {
  return assist.toUnitName ?? provinceBureauName(assist.outsideProvince ?? '');
}

/**
 * 协查函 to the bureau of the nominal producer's jurisdiction: the facts of the failed sample and
 * what is asked — check the production records, investigate the cause, handle it by law, reply.
 */
export function assistLetterSpec(
  facts: DisposalFacts,
  assist: AssistFacts,
  issue: { issuer: string; documentNo: string; date: string; contact: string },
): OfficialDocumentSpec {
  const { sample, disposal } = facts;
  return {
    issuer: issue.issuer,
    documentNo: issue.documentNo,
    title: '关于协助核查不合格食品生产者的函',
    addressee: assistAddressee(assist),
    date: issue.date,
    subject: `协查函 ${sample.sampleNo}`,
    closing: '特此函告。',
    attachments: ['检验报告（复印件）'],
    note: `联系人：${issue.contact}，联系电话：　　　　`,
    body: [
      bodyText(
        `${textDate(sample.samplingDate)}，我局在食品安全监督抽检中，对${sample.sampledPartyName}${linkVerb(sample.link)}的、标称由${assist.producerName}生产的${sample.foodName}进行了抽样，经检验，检验结论为不合格。有关情况如下：`,
        { keepNext: true },
      ),
      sampleFactsTable(facts, { failedItems: 'text' }),
      bodyText('该产品标称生产者在贵局辖区。根据《中华人民共和国食品安全法》《食品安全抽样检验管理办法》等规定，商请贵局协助开展以下工作：'),
      bodyText('一、核查该批次产品是否为标称生产者生产，调取并核查其原料进货查验、生产过程控制和出厂检验等生产记录。'),
      bodyText('二、督促企业排查不合格原因，查明问题产品的生产数量、销售流向及库存情况，落实整改措施。'),
      bodyText('三、依法对标称生产者进行调查处理，督促其采取封存、停止生产经营、召回等风险控制措施。'),
      bodyText(`四、请于${textDate(toLocalDate(disposal.dueAt))}前将核查处置情况函复我局。`),
    ],
  };
}
