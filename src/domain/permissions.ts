/**
 * The permission matrix: roles × actions, in one place. docs/security.md prints the same table
 * (test/api/security-doc.test.ts keeps the two in step). A user's effective permissions are the
 * union over their roles; *where* they may act is their data scope (src/domain/scope.ts).
 */
export const permissions = {
  'workItem.read': '查看待办',
  'workItem.complete': '办理待办',
  'org.read': '查看组织机构',
  'user.read': '查看用户',
  'user.manage': '管理用户与角色',
  'audit.read': '查看审计日志',
  'audit.verify': '校验审计日志链',
  'sample.read': '查看抽检数据',
  'sample.write': '录入抽样与检验结果',
  'sample.import': '导入抽检数据',
  'sample.export': '导出抽检数据',
  'enterprise.read': '查看食品生产经营者',
  'enterprise.write': '维护食品生产经营者',
  'plan.read': '查看抽检监测计划',
  'plan.write': '制定抽检监测计划、处理抽检建议',
  'suggestion.write': '提出抽检建议',
  'catalogue.manage': '维护食品分类与检验项目',
  'deadline.manage': '维护期限规则与法定节假日',
  'disposal.read': '查看核查处置与台账',
  'disposal.work': '办理核查处置、协查',
  'disposal.approve': '审批核查处置结案与延期',
  'urgent.raise': '发起24小时限时报告',
  'urgent.handle': '签收、处置、督办24小时限时报告',
  'objection.write': '登记和处理异议、复检',
  'reconciliation.write': '开展台账对账检查',
  'escalation.read': '查看督办、飞行检查与约谈',
  'escalation.work': '办理督办：报送办理情况、约谈、申请飞行检查',
  'escalation.supervise': '督办结案、撤销（省局处室）',
  'inspection.work': '开展飞行检查、体系检查、专项检查并登记结果',
  'rule.manage': '维护督办规则与案件阈值',
  'case.read': '查看稽查案件',
  'case.work': '立案与办理稽查案件',
  'case.legalReview': '法制审核',
  'case.takeOver': '接管下级稽查案件（综合执法稽查局）',
  'credit.read': '查看企业信用记录',
  'credit.manage': '信用信息归集公示',
  'dishonest.list': '列入、移出严重违法失信名单（作出处罚的机关）',
  'dishonest.approve': '审批下级机关列入严重违法失信名单',
  'notice.read': '查看、签收和反馈信息通报',
  'notice.send': '起草、发送、撤回和催办信息通报',
  'notice.approve': '审批本单位信息通报、设置审批要求',
  'riskMeeting.read': '查看风险研判活动与完成情况',
  'analytics.read': '查看风险分析（不合格率、问题率透视与地图）',
  'riskMeeting.record': '登记本单位风险研判活动',
  'riskMeeting.manage': '维护“321”研判规则与领导小组组成（食品安全协调处）',
  'assessment.read': '查看考核评价（发布前仅本单位）与本单位的检查整改',
  'assessment.rectify': '报送本单位检查问题的整改情况',
  'assessment.manage': '维护考核指标、组织检查、发布考核结果（食品安全协调处）',
  'publication.read': '查看信息公布、消费提示与标准解读',
  'publication.draft': '起草、公布、更正与撤回信息公布和消费提示',
  'publication.review': '会审拟公布的信息（抽检监测处、新闻宣传处）',
  'explainer.edit': '编辑标准解读',
  'complaint.read': '查看投诉举报',
  'complaint.work': '登记、受理、转办、办理和答复投诉举报',
  'intakeKey.manage': '管理外部系统接入密钥（12345 热线等）',
  'opinion.read': '查看舆情事件',
  'opinion.record': '登记、处置舆情事件，登记信息发布后舆情监测（宣传和档案中心、新闻宣传处）',
  'signal.read': '查看风险信号',
  'signal.review': '研判风险信号：采纳、排除，提出跟踪抽检、起草风险预警提示、列入研判议程',
  'signal.run': '启动风险信号计算、维护信号参数（抽检监测处）',
} as const;

export type Permission = keyof typeof permissions;

export interface RoleDefinition {
  name: string;
  description: string;
  permissions: readonly Permission[];
}

const everyone: Permission[] = ['workItem.read', 'workItem.complete', 'org.read', 'notice.read'];
/** Administrators and auditors see their own inbox but do no business work (三员分立). */
const staff: Permission[] = ['workItem.read', 'org.read'];
const readSampling: Permission[] = ['sample.read', 'enterprise.read', 'plan.read'];
const workSampling: Permission[] = [...readSampling, 'sample.write', 'sample.import', 'sample.export', 'enterprise.write', 'suggestion.write'];
const workDisposal: Permission[] = ['disposal.read', 'disposal.work', 'urgent.handle', 'objection.write'];
const readEnforcement: Permission[] = ['escalation.read', 'case.read', 'credit.read'];
const workEnforcement: Permission[] = [...readEnforcement, 'escalation.work', 'case.work'];

export const roles = {
  admin: {
    name: '系统管理员',
    description: '管理用户、角色与系统配置',
    permissions: [...staff, 'user.read', 'user.manage', 'catalogue.manage', 'deadline.manage', 'rule.manage', ...readSampling, 'intakeKey.manage'],
  },
  auditor: {
    name: '安全审计员',
    description: '查看并校验审计日志（等保“三员分立”中的审计管理员）',
    permissions: [...staff, 'audit.read', 'audit.verify'],
  },
  leader: {
    name: '领导',
    description: '查看本单位及下级单位的全部业务，办理本人待办与审批',
    permissions: [...everyone, 'user.read', ...readSampling, 'sample.export', 'disposal.read', 'disposal.approve', 'urgent.handle', ...readEnforcement, 'dishonest.approve', 'notice.send', 'notice.approve', 'riskMeeting.read', 'analytics.read', 'publication.read', 'complaint.read', 'opinion.read', 'assessment.read', 'signal.read'],
  },
  division_officer: {
    name: '处室工作人员',
    description: '省局处（室、局）及直属单位工作人员，按本处业务查看全省',
    permissions: [
      ...everyone,
      ...workSampling,
      'plan.write',
      ...workDisposal,
      'urgent.raise',
      'reconciliation.write',
      ...workEnforcement,
      'escalation.supervise',
      'inspection.work',
      'case.legalReview',
      'case.takeOver',
      'credit.manage',
      'dishonest.list',
      'dishonest.approve',
      'notice.send',
      'riskMeeting.read',
      'riskMeeting.record',
      'riskMeeting.manage',
      'analytics.read',
      'assessment.read',
      'assessment.rectify',
      'assessment.manage',
      'publication.read',
      'publication.draft',
      'publication.review',
      'explainer.edit',
      'complaint.read',
      'complaint.work',
      'opinion.read',
      'opinion.record',
      'signal.read',
      'signal.review',
      'signal.run',
    ],
  },
  bureau_officer: {
    name: '市县局工作人员',
    description: '市（州）局、县（市、区）局工作人员，办理本级及下级业务',
    permissions: [...everyone, ...workSampling, 'plan.write', ...workDisposal, ...workEnforcement, 'dishonest.list', 'notice.send', 'riskMeeting.read', 'riskMeeting.record', 'analytics.read', 'publication.read', 'publication.draft', 'complaint.read', 'complaint.work', 'opinion.read', 'assessment.read', 'assessment.rectify', 'signal.read', 'signal.review'],
  },
  enforcement_officer: {
    name: '执法人员',
    description: '陪同抽样、核查处置与稽查办案',
    permissions: [...everyone, ...readSampling, ...workDisposal, ...workEnforcement, 'complaint.read', 'complaint.work'],
  },
  lab_user: {
    name: '检验机构人员',
    description: '承检机构：录入检验结果、发起24小时限时报告，提出抽检建议和风险预警提示',
    permissions: [...everyone, ...readSampling, 'sample.write', 'sample.import', 'urgent.raise', 'urgent.handle', 'suggestion.write', 'publication.read', 'explainer.edit', 'signal.read'],
  },
  news_reviewer: {
    name: '新闻审核人员',
    description: '会审拟对外公布的抽检与处置信息',
    permissions: [...everyone, 'sample.read', 'publication.read', 'publication.review', 'opinion.read', 'opinion.record'],
  },
  legal_reviewer: {
    name: '法制审核人员',
    description: '本机关从事行政处罚决定法制审核的人员（市县局法制机构；省局为法规处）',
    permissions: [...everyone, 'case.read', 'case.legalReview'],
  },
} as const satisfies Record<string, RoleDefinition>;

export type Role = keyof typeof roles;
export const roleCodes = Object.keys(roles) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(roles, value);
}

export function permissionsOf(userRoles: readonly string[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of userRoles) if (isRole(role)) for (const p of roles[role].permissions) set.add(p);
  return [...set].sort();
}

export function can(userRoles: readonly string[], permission: Permission): boolean {
  return userRoles.some((role) => isRole(role) && (roles[role].permissions as readonly string[]).includes(permission));
}
