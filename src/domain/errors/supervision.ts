/** 24小时限时报告, 督办 (escalations), 对账检查, 待办 and imports. */
export const supervisionErrors = {
  URGENT_RAISER_ONLY: { status: 403, message: '只有检验机构或抽检监测处可以发起24小时限时报告' },
  URGENT_NOT_RECIPIENT: { status: 403, message: '您的单位不是该报告的接收单位，无需签收' },
  URGENT_ALREADY_ACKNOWLEDGED: { status: 409, message: '已签收' },
  URGENT_LOCAL_BUREAU_ONLY: { status: 403, message: '只有属地市场监管部门可以报送处置情况' },
  URGENT_SUPERVISOR_ONLY: { status: 403, message: '只有抽检监测处可以办结或退回24小时限时报告' },
  ESCALATION_SUPERVISOR_ONLY: { status: 403, message: '只有督办处室可以执行此操作' },
  ESCALATION_ASSIGNEE_ONLY: { status: 403, message: '只有承办单位可以执行此操作' },
  INSPECTION_ALREADY_RECORDED: { status: 409, message: '检查结果已登记，不能重复登记' },
  RECONCILIATION_UNITS_ONLY: { status: 403, message: '对账检查由省局综合执法稽查局会同食品相关处（室、局）、直属单位开展' },
  RECONCILIATION_NOTHING_TO_CHECK: { status: 400, message: '{unit}在{from}至{to}期间没有不合格食品核查处置记录，无需对账' },
  RECONCILIATION_OWNER_ONLY: { status: 403, message: '只有开展本次对账检查的单位可以修改' },
  RECONCILIATION_FINISHED: { status: 409, message: '对账检查已结束，不能再修改' },
  RECONCILIATION_UNCHECKED: { status: 400, message: '还有{unchecked}件核查处置未完成检查（共{total}件），请全部检查后再结束对账' },
  WORK_ITEM_CLOSES_WITH_BUSINESS: { status: 409, message: '该待办随业务办理自动办结，请在对应业务页面办理' },
  WORK_ITEM_OWNER_ONLY: { status: 403, message: '该待办由承办单位办结，上级单位只能查看' },
  IMPORT_NOT_FINISHED: { status: 409, message: '导入尚未完成，暂无错误报告' },
} as const;
