/** 风险分析 page wording. */
export const analyticsMessages = {
  title: '风险分析',
  rows: '行',
  columns: '列',
  noColumns: '不分列',
  period: '时段',
  region: '地区',
  link: '环节',
  samplingType: '抽检类型',
  measure: '指标',
  unqualifiedRate: '不合格率',
  issueRate: '问题率',
  export: '导出 Excel',
  exporting: '正在导出…',
  pivotTitle: '透视表',
  total: '合计',
  samples: '批次',
  allCategories: '全部大类',
  drillHint: '点击分类名称下钻到下一级',
  smallHint: (n: number) => `抽检少于 ${n} 批的格子显示为“不合格/抽检”（如 1/3），不按百分比比较`,
  smallTag: '样本少',
  trendTitle: '月度趋势',
  mapTitle: '地区分布',
  mapHintProvince: '点击市州查看其县（市、区）',
  topItemsTitle: '不合格最多的检验项目',
  topItemsSeries: '不合格批次',
  topItemsIssueSeries: '问题批次',
  trendSamples: '抽检批次',
  cellTitle: (samples: number, unqualified: number, issue: number) => `抽检 ${samples} 批，不合格 ${unqualified} 批，问题 ${issue} 批`,
  noData: '所选条件下没有抽检数据',
  noFailures: '所选条件下没有不合格或问题检验项目',
  backToProvince: '返回全省',
  itemLimited: '检验项目只能与地区、分类（大类）、环节、抽检类型和时间组合',
};

/** The dimensions offered in the pickers (the server's `dimensions`, src/domain/analytics/pivot.ts). */
export const dimensionOptions = [
  { value: 'city', label: '市（州）' },
  { value: 'county', label: '县（市、区）' },
  { value: 'category', label: '食品分类' },
  { value: 'item', label: '检验项目' },
  { value: 'link', label: '环节' },
  { value: 'samplingType', label: '抽检类型' },
  { value: 'enterpriseKind', label: '企业类型' },
  { value: 'lab', label: '承检机构' },
  { value: 'month', label: '月份' },
  { value: 'quarter', label: '季度' },
  { value: 'year', label: '年度' },
];

/** Dimensions the test item pairs with (the item counts are kept by these only). */
export const itemCompatible = ['item', 'city', 'county', 'category', 'link', 'samplingType', 'month', 'quarter', 'year'];
