/** The words of the audit log page. Shared words (保存, 取消, the enums…) are in web/src/messages.ts. */

export const auditMessages = {
  title: '审计日志',
  seq: '序号',
  at: '时间',
  actor: '操作人',
  action: '操作',
  entityType: '对象类型',
  entityId: '对象标识',
  ip: 'IP 地址',
  hash: '哈希',
  before: '变更前',
  after: '变更后',
  actionFilter: '按操作筛选',
  entityTypeFilter: '按对象类型筛选',
  verify: '校验日志链',
  verifyOk: '审计日志链完整',
  verifyOkDetail: (checked: number) => `已校验 ${checked} 条记录，未发现篡改。`,
  verifyBroken: '审计日志链校验未通过',
  verifyBrokenDetail: (checked: number, seq: number, reason: string) =>
    `已校验 ${checked} 条记录，在序号 ${seq} 处断开：${reason}`,
  system: '系统',
  nothing: '（无）',
} as const;
