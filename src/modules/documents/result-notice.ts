import { textDate } from './chinese-date.js';
import { linkVerb, type DisposalFacts } from './document-facts.js';
import { bodyText, type OfficialDocumentSpec } from './official-layout.js';
import { sampleFactsTable } from './sample-tables.js';

/**
 * 检验结果通知书 to the sampled party: what was sampled and found, and what the enterprise must
 * and may do — control the risk at once (办法), apply for 复检 within 7 working days
 * (食品安全法 art. 88), or object within 7 working days (办法 art. 35); neither pauses the
 * risk control.
 */
export function resultNoticeSpec(facts: DisposalFacts, issue: { issuer: string; documentNo: string; date: string }): OfficialDocumentSpec {
  const { sample, failedItems } = facts;
  const microbiological = failedItems.some((i) => i.microbiological);
  const lab = sample.labName ? `经${sample.labName}检验` : '经检验';
  return {
    issuer: issue.issuer,
    documentNo: issue.documentNo,
    title: '食品安全监督抽检检验结果通知书',
    addressee: sample.sampledPartyName,
    date: issue.date,
    subject: `检验结果通知书 ${sample.sampleNo}`,
    closing: '特此通知。',
    body: [
      bodyText(
        `${textDate(sample.samplingDate)}，依据《中华人民共和国食品安全法》及《食品安全抽样检验管理办法》，对你单位${linkVerb(sample.link)}的${sample.foodName}进行了监督抽检。${lab}，该批次产品不合格。样品信息及不合格项目如下：`,
        { keepNext: true },
      ),
      sampleFactsTable(facts, { failedItems: 'rows' }),
      bodyText('现将有关事项告知如下：'),
      bodyText([
        { text: '一、立即控制风险。', heading: true },
        { text: '你单位应当在收到本通知书后立即采取封存库存问题食品，暂停生产、销售和使用问题食品，召回问题食品等措施控制食品安全风险，排查问题发生的原因并进行整改，及时向所在地市场监督管理部门报告相关处置情况。' },
      ]),
      bodyText([
        { text: '二、申请复检。', heading: true },
        {
          text: `对检验结论有异议的，可以自收到本通知书之日起七个工作日内，依照《中华人民共和国食品安全法》第八十八条的规定，向实施抽样检验的市场监督管理部门或者其上一级市场监督管理部门提出书面复检申请，逾期不予受理。${microbiological ? '本次不合格项目含微生物指标，依照规定不予复检。' : ''}`,
        },
      ]),
      bodyText([
        { text: '三、提出异议。', heading: true },
        {
          text: '对抽样过程、样品真实性、检验方法、标准适用等事项有异议的，可以依照《食品安全抽样检验管理办法》的规定，自收到本通知书之日起七个工作日内（对抽样过程有异议的，自抽样完成之日起七个工作日内）向组织实施抽检的市场监督管理部门书面提出，并提交相关证明材料。',
        },
      ]),
      bodyText([{ text: '四、风险控制不停止。', heading: true }, { text: '复检、异议期间，你单位不得停止前述风险控制措施。' }]),
    ],
  };
}
