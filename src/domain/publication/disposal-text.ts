import type { PublishedDisposal } from '../../db/schema/publication.js';

/** The columns of the 核查处置情况 table, the same on the portal, in the Word announcement and the xlsx. */
export const DISPOSAL_HEADERS = ['序号', '抽样编号', '食品名称', '被抽样单位名称', '处置状态', '风险控制措施', '召回情况', '立案查处', '罚没金额（元）', '整改情况'] as const;

const qty = (n: number | null, unit: string | null) => (n === null ? '' : `${n}${unit ?? ''}`);

/** One published disposal as the cells after 被抽样单位名称: plain Chinese, no codes. */
export function disposalCells(d: PublishedDisposal): string[] {
  if (d.status !== 'closed') return ['处置中', '—', '—', '—', '—', '—'];
  const measures = d.measures
    .map((m) => {
      if (m === '封存' && d.sealedQuantity !== null) return `封存${qty(d.sealedQuantity, d.quantityUnit)}`;
      if (m === '销毁' && d.destroyedQuantity !== null) return `销毁${qty(d.destroyedQuantity, d.quantityUnit)}`;
      return m;
    })
    .join('、');
  const recalled = d.measures.includes('召回')
    ? `已${d.recallLevel ? `启动${d.recallLevel}召回` : '召回'}${d.recalledQuantity !== null ? `，召回${qty(d.recalledQuantity, d.quantityUnit)}` : ''}`
    : '未涉及召回';
  return [
    `已完成${d.closedOn ? `（${d.closedOn}）` : ''}`,
    measures || '—',
    recalled,
    d.caseFiled === null ? '—' : d.caseFiled ? '已立案查处' : '未立案',
    d.penaltyAmount === null ? '—' : d.penaltyAmount.toLocaleString('zh-CN'),
    d.rectified === null ? '—' : d.rectified ? '已整改到位' : '整改中',
  ];
}

export interface DisposalRowSource {
  sampleNo: string;
  foodName: string | null;
  sampledPartyName: string | null;
  disposal: PublishedDisposal | null;
}

/** The table's rows (header first), in sample-number order; samples without a published disposal are left out. */
export function disposalRows(list: DisposalRowSource[]): string[][] {
  const shown = list.filter((r) => r.disposal).sort((a, b) => a.sampleNo.localeCompare(b.sampleNo));
  return [[...DISPOSAL_HEADERS], ...shown.map((r, i) => [String(i + 1), r.sampleNo, r.foodName ?? '', r.sampledPartyName ?? '', ...disposalCells(r.disposal!)])];
}
