/**
 * Decides which of the three layouts a header describes. National notices identify a sample by
 * 抽样编号 and give one failed item per row (不合格项目 / 检验值 / 标准值); provincial tables
 * have no sample number and pack every failed item into one 项目║结果║标准值 cell; our template
 * has 抽样编号 plus one 检验项目 per row and the sampling details (抽样日期, 环节, 单项判定 …).
 */
import type { FieldKey, FormatOption, Layout } from './types.js';
import { normaliseKey } from './normalise.js';

export const LAYOUT_LABELS: Record<Layout, string> = {
  provincial: '省级公布表',
  national: '国家总局通告表',
  template: '平台导入模板',
};

type Mapping = Partial<Record<FieldKey, string>>;

/** The failed-item column packs item, result and limit into one cell. */
export function hasCombinedFailedItems(mapping: Mapping): boolean {
  const header = mapping.failedItems;
  return header !== undefined && /[║/]/.test(normaliseKey(header));
}

const TEMPLATE_MARKERS: FieldKey[] = ['samplingDate', 'judgement', 'link', 'samplingType', 'samplers'];

function looksLikeTemplate(mapping: Mapping): boolean {
  return mapping.sampleNo !== undefined && mapping.itemName !== undefined && TEMPLATE_MARKERS.some((f) => mapping[f] !== undefined);
}

export function detectLayout(mapping: Mapping): Layout {
  if (looksLikeTemplate(mapping)) return 'template';
  if (mapping.sampleNo !== undefined && !hasCombinedFailedItems(mapping)) return 'national';
  return 'provincial';
}

/**
 * Checks a layout the user chose against the header; returns the message for a fatal event,
 * or null when the header can be read that way.
 */
export function chooseLayout(format: FormatOption, mapping: Mapping): { layout: Layout } | { error: string } {
  const detected = detectLayout(mapping);
  if (format === 'auto' || format === detected) return { layout: detected };
  const mismatch = (missing: string) => ({
    error: `所选格式“${LAYOUT_LABELS[format]}”与文件表头不符：${missing}（表头更像“${LAYOUT_LABELS[detected]}”）`,
  });
  if (format === 'national') return mapping.sampleNo ? { layout: format } : mismatch('缺少“抽样编号”列');
  if (format === 'template') return looksLikeTemplate(mapping) ? { layout: format } : mismatch('缺少模板的“抽样编号”“检验项目”“抽样日期”等列');
  return detected === 'template' ? mismatch('这是平台导入模板的表头') : { layout: format };
}
