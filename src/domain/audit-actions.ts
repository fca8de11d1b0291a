/**
 * The audit log's words for people: every action the code records, and every kind of record it
 * is about, in Chinese; and who acted, as a name rather than an account code. The codes stay in
 * the log (they are what the hash chain covers); pages show these names and keep the code for
 * administrators in a tooltip. src/domain/audit-actions.test.ts fails when the code records an
 * action that has no name here.
 */
export const auditActionNames = {
  // sign-in and accounts
  'auth.login': '登录',
  'auth.loginFailed': '登录失败',
  'auth.locked': '账号因多次密码错误被锁定',
  'auth.logout': '退出登录',
  'auth.logoutAll': '退出全部登录',
  'auth.passwordChanged': '修改密码',
  'auth.passwordChangeFailed': '修改密码时原密码错误',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.resetPassword': '重置密码',
  'user.unlock': '解除账号锁定',
  // reference data
  'org.seed': '更新组织机构',
  'catalogue.seed': '载入食品分类与检验项目',
  'catalogue.createCategory': '新增食品分类',
  'catalogue.updateCategory': '修改食品分类',
  'catalogue.updateLimit': '修改限量值',
  'deadlineRule.seed': '载入期限规则',
  'deadlineRule.update': '修改期限规则',
  'deadlineRule.refresh': '按新版默认值更正期限规则',
  'calendar.enterYear': '录入年度法定节假日',
  'retestLab.seed': '载入复检机构名录',
  'demo.seedUsers': '创建演示账号',
  'demo.seedSamples': '生成演示抽检数据',
  // sampling
  'sample.create': '录入抽样',
  'sample.import': '导入抽样',
  'sample.importUpdate': '导入更新抽样',
  'sample.recordResults': '录入或更正检验结果',
  'sample.overturned': '检验结论被推翻',
  'sample.recordOfficer': '补录陪同执法人员',
  'sample.recordLink': '确定环节',
  'sample.recordSamplingDate': '核实抽样日期',
  'importJob.interrupted': '导入任务因进程退出而中断',
  'importJob.resumed': '导入任务由其他进程接续',
  'enterprise.create': '新增生产经营者',
  'enterprise.update': '修改生产经营者',
  'plan.create': '制定抽检计划',
  'plan.update': '修改抽检计划',
  'suggestion.create': '提出抽检建议',
  'suggestion.accept': '采纳抽检建议',
  'suggestion.decline': '不予采纳抽检建议',
  // disposals
  'disposal.open': '开启核查处置',
  'disposal.link': '随样品确定环节',
  'disposal.recordStep': '登记处置步骤',
  'disposal.attach': '上传证据材料',
  'disposal.requestClosing': '申请结案',
  'disposal.close': '审批结案',
  'disposal.rejectClosing': '退回结案申请',
  'disposal.extend': '延期',
  'disposal.setConclusionReceived': '登记收到检验结论日期',
  'disposal.linkCase': '关联稽查案件',
  'disposal.void': '撤销核查处置（检验结论被推翻）',
  'document.generate': '出具文书',
  'assist.reply': '回复协查',
  'assist.letterSent': '协查函已发出',
  'assist.close': '关闭协查',
  // 24-hour reports
  'notice.draft': '起草信息通报（待审批）',
  'notice.send': '发送信息通报',
  'notice.approve': '审批并发送信息通报',
  'notice.read': '阅读信息通报',
  'notice.acknowledge': '签收信息通报',
  'notice.reply': '反馈信息通报',
  'notice.remind': '催办逾期未反馈的收件单位',
  'notice.withdraw': '撤回信息通报',
  'notice.attach': '上传通报或反馈附件',
  'notice.approvalSetting': '设置信息通报审批要求',
  'user.setEmail': '设置通知邮箱',
  'publication.create': '起草信息公布',
  'publication.approve': '会审通过',
  'publication.return': '会审退回',
  'publication.resubmit': '修改后重新提交会审',
  'publication.publish': '公布',
  'publication.withdraw': '撤回已公布信息',
  'publication.correct': '更正已公布信息',
  'explainer.seed': '载入标准解读草稿',
  'explainer.update': '修改标准解读',
  'urgentReport.raise': '发起24小时限时报告',
  'urgentReport.link': '随样品确定环节',
  'urgentReport.acknowledge': '签收24小时限时报告',
  'urgentReport.fileHandling': '报送处置情况',
  'urgentReport.close': '办结24小时限时报告',
  'urgentReport.return': '退回处置情况',
  'urgentReport.escalate': '超时未签收，升级督办',
  // objections and retests
  'objection.apply': '登记异议申请',
  'objection.accept': '受理异议',
  'objection.reject': '不予受理异议',
  'objection.conclude': '登记异议结论',
  'retest.apply': '登记复检申请',
  'retest.accept': '受理复检申请',
  'retest.reject': '不予受理复检申请',
  'retest.conclude': '登记复检结论',
  // reconciliation
  'reconciliation.start': '开始对账检查',
  'reconciliation.check': '登记对账检查结果',
  'reconciliation.finish': '完成对账检查',
  // escalations, inspections, interviews
  'escalation.fire': '生成督办',
  'escalation.recount': '更新督办批次计数',
  'escalation.recompute': '重新计算全部督办',
  'escalation.report': '报送督办办理情况',
  'escalation.close': '督办结案',
  'escalation.return': '退回督办办理情况',
  'escalation.withdraw': '撤销督办',
  'escalationRule.seed': '载入督办规则',
  'escalationRule.update': '修改督办规则',
  'escalationRule.seedCorrect': '按工作规范更正督办规则',
  'ruleSetting.update': '修改规则参数',
  'ruleSetting.seedCorrect': '按工作规范更正规则参数',
  'inspection.request': '申请飞行检查',
  'inspection.record': '登记检查结果',
  'interview.record': '登记约谈',
  // cases
  'case.file': '立案',
  'case.recordStage': '登记办案阶段',
  'case.attach': '上传案件材料',
  'case.requestLegalReview': '提交法制审核',
  'case.approveLegalReview': '法制审核通过',
  'case.returnLegalReview': '法制审核退回',
  'case.transfer': '移送司法机关',
  'case.transferReceipt': '登记移送回执',
  'case.setReviewGrounds': '确定须经法制审核的情形',
  'case.takeOver': '接管下级案件',
  'case.extendDecision': '延长案件作出处理决定的期限',
  'case.pauseDecision': '登记不计入办案期限的期间',
  'case.endPause': '登记不计入办案期限期间的结束日期',
  // credit
  'credit.export': '导出信用信息报送文件',
  'credit.prepareExport': '准备信用信息报送（待信用处审核）',
  'credit.approveExport': '审核通过并报送信用信息',
  'credit.returnExport': '退回信用信息报送',
  'dishonest.list': '列入严重违法失信名单',
  'dishonest.propose': '提请列入严重违法失信名单（待上级审批）',
  'dishonest.approve': '批准列入严重违法失信名单',
  'dishonest.refuse': '不予批准列入严重违法失信名单',
  'dishonest.remove': '移出严重违法失信名单',
  // 321 risk analysis and the leading group
  'riskMeetingRule.seed': '载入“321”研判规则',
  'riskMeetingRule.update': '修改“321”研判规则',
  'riskMeetingPeriod.open': '开启风险研判周期',
  'riskMeeting.record': '登记风险研判活动',
  'riskMeeting.attach': '上传风险研判活动附件',
  'leadingGroup.seed': '载入领导小组组成',
  'leadingGroup.update': '修改领导小组组成',
  // complaints and reports (投诉举报), 12345 transfers, intake keys
  'complaint.receive': '登记投诉举报',
  'complaint.merge': '合并重复投诉举报',
  'complaint.accept': '受理投诉举报',
  'complaint.reject': '不予受理投诉举报',
  'complaint.reassign': '转办投诉举报',
  'complaint.close': '办结投诉举报',
  'complaint.reply': '答复投诉举报人',
  'complaint.reveal': '查看投诉举报人个人信息',
  'complaint.rekey': '更换投诉举报人信息加密密钥',
  'complaint.attach': '上传投诉举报附件',
  'complaint.import': '导入12345转办件',
  'complaint.exportFeedback': '导出12345办结反馈',
  'intakeKey.create': '创建接入密钥',
  'intakeKey.revoke': '吊销接入密钥',
  // opinion events and the opinion watch
  'opinionEvent.record': '登记舆情事件',
  'opinionEvent.update': '修改舆情事件',
  'opinionEvent.respond': '登记舆情回应措施',
  'opinionEvent.recordOutcome': '登记回应措施效果',
  'opinionEvent.publishRebuttal': '辟谣信息提交会审',
  'opinionEvent.linkComplaints': '关联投诉举报至舆情事件',
  'opinionEvent.close': '舆情事件办结',
  'opinionEvent.reopen': '重新打开舆情事件',
  'opinionWatch.record': '登记舆情监测情况',
  'opinionWatch.complete': '办结舆情监测',
  // risk signals (风险信号)
  'signalRule.seed': '载入风险信号参数',
  'signalRule.update': '修改风险信号参数',
  'signal.run': '计算风险信号',
  'signal.review': '研判风险信号（采纳或排除）',
  'signal.startReview': '开始研判风险信号',
  'signal.proposeTracking': '由风险信号提出跟踪抽检建议',
  'signal.addToAgenda': '将风险信号列入风险研判议程',
  // work items
  'workItem.create': '生成待办',
  'workItem.complete': '办结待办',
  'workItem.cancel': '取消待办',
  // 考核评价 (issue 15)
  'assessmentIndicator.seed': '载入考核指标体系',
  'assessmentIndicator.create': '新增考核指标',
  'assessmentIndicator.update': '修改考核指标',
  'assessmentIndicator.delete': '删除考核指标',
  'assessmentResult.publish': '发布考核结果',
  'assessmentCheck.create': '制定考核检查计划',
  'assessmentFinding.create': '登记检查发现问题并下达整改意见',
  'assessmentFinding.report': '报送整改情况',
  'assessmentFinding.accept': '验收整改',
  'assessmentFinding.return': '退回整改',
  'assessmentFinding.attach': '上传检查或整改证据',
} as const satisfies Record<string, string>;

/** An action the audit log can record: recordAudit takes only these, so a new action needs a name here first. */
export type AuditAction = keyof typeof auditActionNames;

/** Whether a string read back from the log is a known action. */
export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(auditActionNames, action);
}

/** The records an audit row can be about. */
export const auditEntityNames: Readonly<Record<string, string>> = {
  user: '用户',
  orgUnit: '组织机构',
  catalogue: '食品分类与检验项目',
  foodCategory: '食品分类',
  itemLimit: '限量值',
  deadlineRule: '期限规则',
  calendarYear: '法定节假日',
  sample: '抽样',
  importJob: '导入任务',
  enterprise: '生产经营者',
  samplingPlan: '抽检计划',
  samplingSuggestion: '抽检建议',
  disposal: '核查处置',
  disposalStep: '处置步骤',
  assistRequest: '协查',
  document: '文书',
  urgentReport: '24小时限时报告',
  publication: '信息公布',
  publishedResult: '已公布的抽检结果',
  explainer: '标准解读',
  objection: '异议、复检',
  reconciliation: '对账检查',
  escalation: '督办',
  escalationRule: '督办规则',
  ruleSetting: '规则参数',
  inspection: '飞行检查',
  interview: '约谈',
  case: '稽查案件',
  caseStage: '办案阶段',
  creditExportBatch: '信用信息报送',
  dishonestEntry: '严重违法失信名单',
  workItem: '待办',
  notice: '信息通报',
  riskMeetingRule: '“321”研判规则',
  riskMeetingPeriod: '风险研判周期',
  riskMeeting: '风险研判活动',
  leadingGroupMember: '领导小组成员',
  complaint: '投诉举报',
  complaintImport: '12345转办件导入',
  intakeKey: '接入密钥',
  opinionEvent: '舆情事件',
  opinionWatch: '舆情监测',
  assessmentIndicator: '考核指标',
  assessmentResult: '考核结果',
  assessmentCheck: '考核检查',
  assessmentFinding: '检查发现问题',
};

/** An action's name; an action recorded before it was named reads as its record's kind, never as code. */
export function auditActionName(action: string): string {
  if (isAuditAction(action)) return auditActionNames[action];
  const entity = action.split('.')[0];
  return Object.hasOwn(auditEntityNames, entity) ? `${auditEntityNames[entity]}操作` : '其他操作';
}

export function auditEntityName(entityType: string): string {
  return Object.hasOwn(auditEntityNames, entityType) ? auditEntityNames[entityType] : '其他记录';
}

/**
 * Who acted, for people: the account's display name; 系统 for the server's own jobs and the
 * seed; the command line as 系统（命令行）; demo data as the unit it was made for, marked 演示数据.
 */
export function actorDisplayName(username: string | null, displayName: string | null): string {
  if (displayName) return displayName;
  if (!username || username === 'system') return '系统';
  if (username.startsWith('cli:')) return '系统（命令行）';
  if (username.startsWith('demo:')) return `${username.slice('demo:'.length)}（演示数据）`;
  // Complaints filed without an account: the public portal, and outside systems by their intake key's name.
  if (username === 'public:portal') return '公众（网上投诉举报）';
  if (username.startsWith('intake:')) return `外部系统（${username.slice('intake:'.length)}）`;
  return username;
}
