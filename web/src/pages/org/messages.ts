/** The words of the organisation page. Shared words (保存, 取消, the enums…) are in web/src/messages.ts. */

export const orgMessages = {
  title: '组织机构',
  searchPlaceholder: '按单位名称搜索',
  noMatch: '没有名称匹配的单位',
  selectHint: '请在左侧选择一个单位查看详情',
  name: '名称',
  kind: '类型',
  regionCode: '行政区划代码',
  parent: '上级单位',
  duties: '职责',
  noDuties: '暂无职责记录',
  none: '无',
} as const;
