import { textDate } from './chinese-date.js';
import { failedItemsText, type DisposalFacts } from './document-facts.js';
import { formTable, type FormRow } from './form-table.js';

/*
 * Sample numbers, report numbers and limits are long Latin tokens; in justified Chinese text
 * they leave lines spread out (LibreOffice ignores w:wordWrap), so documents print them in
 * tables rather than in running text.
 */

const withAddress = (name: string, address: string | null | undefined) => (address ? [name, `地址：${address}`] : name);

/** Label–value pairs two to a row; a pair left alone takes the whole row. Empty values are left out. */
function pairRows(pairs: [string, string | null | undefined][]): FormRow[] {
  const present = pairs.filter((p): p is [string, string] => Boolean(p[1]));
  const rows: FormRow[] = [];
  for (let i = 0; i < present.length; i += 2) {
    const [a, b] = [present[i], present[i + 1]];
    rows.push({
      cells: b
        ? [{ text: a[0], label: true }, { text: a[1] }, { text: b[0], label: true }, { text: b[1] }]
        : [{ text: a[0], label: true }, { text: a[1], span: 3 }],
    });
  }
  return rows;
}

/**
 * The sampled batch: number, food, party and producer, lab; then its failed items, either as one
 * row of text or as rows of item, value, limit and standard.
 */
export function sampleFactsTable(facts: DisposalFacts, options: { failedItems: 'text' | 'rows' }) {
  const { sample } = facts;
  const batch = [sample.productionDate && textDate(sample.productionDate), sample.batchNo].filter(Boolean).join('／');
  return formTable(
    [
      ...pairRows([
        ['抽样单编号', sample.sampleNo],
        ['抽样日期', textDate(sample.samplingDate)],
        ['食品名称', sample.foodName],
        ['规格型号', sample.spec],
        ['商标', sample.trademark],
        ['生产日期／批号', batch],
        ['检验机构', sample.labName],
        ['检验报告编号', sample.reportNo],
      ]),
      { cells: [{ text: '被抽样单位', label: true }, { text: withAddress(sample.sampledPartyName, sample.sampledPartyAddress), span: 3 }] },
      ...(sample.nominalProducerName
        ? [{ cells: [{ text: '标称生产者', label: true }, { text: withAddress(sample.nominalProducerName, sample.nominalProducerAddress), span: 3 }] }]
        : []),
      ...(options.failedItems === 'text'
        ? [{ cells: [{ text: '不合格项目', label: true }, { text: failedItemsText(facts.failedItems) || '—', span: 3 }] }]
        : [
            { cells: [{ text: '不合格项目', label: true, span: 4 }], keepNext: true },
            { cells: ['检验项目', '检验结果', '标准值', '判定依据'].map((text) => ({ text, label: true })), keepNext: true },
            ...facts.failedItems.map((item) => ({
              cells: [{ text: item.itemName }, { text: withUnit(item.resultText, item.unit) }, { text: withUnit(item.limitText, item.unit) }, { text: item.standard ?? '—' }],
            })),
          ]),
    ],
    [19, 31, 19, 31],
  );
}

const withUnit = (value: string | null, unit: string | null) => (value ? `${value}${unit && /\d/.test(value) ? ` ${unit}` : ''}` : '—');
