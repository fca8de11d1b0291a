/**
 * The 内容 text of a record sent to the national credit publicity system, and of the same record
 * on the enterprise's credit page: one wording for both, so the page shows what was published.
 */
import { licenceActionNames } from '../case.js';

export interface UnqualifiedFacts {
  foodName: string;
  spec: string | null;
  trademark: string | null;
  productionDate: string | null;
  batchNo: string | null;
  failedItems: string | null;
  nominalProducerName: string | null;
  labName: string | null;
}

/** 食品安全法 art. 87 and the 办法 name what a published result carries: the food, its batch, the failed items, the producer. */
export function unqualifiedDescription(f: UnqualifiedFacts): string {
  const food = [f.spec, f.trademark ? `商标：${f.trademark}` : null, f.productionDate ? `生产日期：${f.productionDate}` : f.batchNo ? `批号：${f.batchNo}` : null]
    .filter(Boolean)
    .join('，');
  const parts = [
    `${f.foodName}${food ? `（${food}）` : ''}`,
    `不合格项目：${f.failedItems ?? '见检验报告'}`,
    f.nominalProducerName ? `标称生产企业：${f.nominalProducerName}` : null,
    f.labName ? `检验机构：${f.labName}` : null,
  ];
  return parts.filter(Boolean).join('；');
}

/** The published text of a supervisory-sampling result that stands. */
export function unqualifiedContent(f: UnqualifiedFacts): string {
  return `食品安全监督抽检不合格：${unqualifiedDescription(f)}`;
}

export interface DecisionFacts {
  content: string;
  fineAmount: number;
  confiscatedIllegalGains: number;
  confiscatedGoods: string | null;
  /** none | suspend | revoke */
  licenceAction: string;
  /** 警告. */
  warning?: boolean;
}


/** Amounts in yuan as a decision writes them: 5000 → 5000元, 1234.5 → 1234.50元. */
export function yuan(amount: number): string {
  return `${Number.isInteger(amount) ? amount : amount.toFixed(2)}元`;
}

/** The penalty as published: the decision's facts, then each sanction it imposes. */
export function penaltyContent(d: DecisionFacts): string {
  const sanctions = [
    d.warning ? '警告' : null,
    d.fineAmount > 0 ? `罚款${yuan(d.fineAmount)}` : null,
    d.confiscatedIllegalGains > 0 ? `没收违法所得${yuan(d.confiscatedIllegalGains)}` : null,
    d.confiscatedGoods ? `没收${d.confiscatedGoods}` : null,
    // 'none' names no sanction ('不涉及许可证件'): only a suspension or revocation is published.
    d.licenceAction === 'suspend' || d.licenceAction === 'revoke' ? licenceActionNames[d.licenceAction] : null,
  ].filter(Boolean);
  return [d.content.trim(), sanctions.length ? `处罚内容：${sanctions.join('，')}` : null].filter(Boolean).join('；');
}

export function dishonestListingContent(e: { reason: string; legalBasis: string }): string {
  return `列入严重违法失信名单。列入事由：${e.reason}；依据：${e.legalBasis}`;
}

export function dishonestRemovalContent(e: { removalReason: string | null }): string {
  return `移出严重违法失信名单。移出事由：${e.removalReason ?? ''}`;
}
