import type { DeadlineUnit } from './compute-deadline.js';

/**
 * Verification level of a rule (domain-rules.md): V read in the primary legal text, S from
 * secondary sources that cite it, U practice or memory — shipped as an editable default and
 * shown as 待核实 (to verify) in the UI.
 */
export type RuleLevel = 'V' | 'S' | 'U';

export interface DeadlineRuleDefault {
  id: string;
  name: string;
  /** The legal event the period counts from. */
  trigger: string;
  amount: number;
  unit: DeadlineUnit;
  actor: string;
  legalBasis: string;
  level: RuleLevel;
}

/** Seeded into deadline_rules; administrators edit the rows (with audit), never this list. */
export const deadlineRuleDefaults: DeadlineRuleDefault[] = [
  // 立案 and its extension (《市场监督管理行政处罚程序规定》 art. 18: 15 working days from the lead,
  // 15 more with the head's approval; testing, appraisal and identification time not counted), and
  // the decision's extension by the head (art. 64: 30 days; longer only by collective decision).
  { id: 'case.file', name: '决定是否立案', trigger: '发现违法行为线索或者收到材料', amount: 15, unit: 'workingDay', actor: '办案机关', legalBasis: '《市场监督管理行政处罚程序规定》第十八条（检测、检验、检疫、鉴定以及权利人辨认或者鉴别时间不计入）', level: 'S' },
  { id: 'case.file.extend', name: '经负责人批准延长立案期限', trigger: '原立案期限届满', amount: 15, unit: 'workingDay', actor: '办案机关负责人', legalBasis: '《市场监督管理行政处罚程序规定》第十八条', level: 'S' },
  { id: 'case.decide.extend', name: '经负责人批准延长作出处罚决定期限', trigger: '原决定期限届满', amount: 30, unit: 'calendarDay', actor: '办案机关负责人', legalBasis: '《市场监督管理行政处罚程序规定》第六十四条（案情特别复杂的，经负责人集体讨论决定继续延期）', level: 'S' },
  { id: 'sampling.toLab', name: '样品及文书送达检验机构', trigger: '抽样完成', amount: 5, unit: 'workingDay', actor: '抽样单位', legalBasis: '《食品安全抽样检验管理办法》（2019年国家市场监督管理总局令第15号，2022年修订）第二十条', level: 'S' },
  { id: 'lab.report', name: '检验机构出具检验报告', trigger: '检验机构收到样品', amount: 20, unit: 'workingDay', actor: '检验机构', legalBasis: '《食品安全抽样检验管理办法》（2019年国家市场监督管理总局令第15号，2022年修订）第二十四条', level: 'S' },
  { id: 'lab.urgent', name: '24小时限时报告', trigger: '检验机构发现可能对身体健康造成严重危害的检验结果之时', amount: 24, unit: 'hour', actor: '检验机构、抽检监测处', legalBasis: '《食品安全“监检联动”工作规范》第七条至第十一条；《食品安全抽样检验管理办法》', level: 'V' },
  { id: 'result.notify', name: '不合格检验报告及结果通知书送达', trigger: '收到不合格检验报告', amount: 5, unit: 'workingDay', actor: '组织抽检的市场监管部门', legalBasis: '《食品安全抽样检验管理办法》', level: 'U' },
  { id: 'retest.apply', name: '申请复检', trigger: '收到检验结论', amount: 7, unit: 'workingDay', actor: '食品生产经营者', legalBasis: '《中华人民共和国食品安全法》第八十八条第一款（“自收到检验结论之日起七个工作日内”）', level: 'V' },
  { id: 'retest.accept', name: '复检申请受理决定', trigger: '收到复检申请', amount: 5, unit: 'workingDay', actor: '市场监管部门', legalBasis: '《食品安全抽样检验管理办法》第三十二条', level: 'S' },
  { id: 'retest.lab', name: '确定复检机构', trigger: '受理复检申请', amount: 5, unit: 'workingDay', actor: '市场监管部门', legalBasis: '《食品安全法》第八十八条；《食品安全抽样检验管理办法》第三十二条', level: 'S' },
  { id: 'retest.conclude', name: '复检机构出具复检结论', trigger: '复检机构收到备份样品', amount: 10, unit: 'workingDay', actor: '复检机构', legalBasis: '《食品安全抽样检验管理办法》第三十三条', level: 'U' },
  { id: 'retest.rapid', name: '快检结果复检', trigger: '收到快检结果', amount: 4, unit: 'hour', actor: '食品生产经营者', legalBasis: '《中华人民共和国食品安全法》第八十八条第二款（“自收到检测结果时起四小时内”）', level: 'V' },
  { id: 'objection.apply', name: '提出异议', trigger: '收到检验结论（对抽样过程有异议的，自抽样结束）', amount: 7, unit: 'workingDay', actor: '食品生产经营者', legalBasis: '《食品安全抽样检验管理办法》第三十五条', level: 'S' },
  { id: 'objection.review', name: '异议审核答复', trigger: '收到异议申请', amount: 20, unit: 'workingDay', actor: '市场监管部门', legalBasis: '《食品安全抽样检验管理办法》', level: 'U' },
  { id: 'disposal.complete', name: '完成核查处置', trigger: '收到不合格检验结论', amount: 90, unit: 'calendarDay', actor: '属地市场监管部门', legalBasis: '《食品安全抽样检验管理办法》第四十五条', level: 'S' },
  { id: 'recall.level1.start', name: '一级召回：启动召回', trigger: '知悉食品安全风险', amount: 24, unit: 'hour', actor: '食品生产者', legalBasis: '《食品召回管理办法》', level: 'S' },
  { id: 'recall.level1.complete', name: '一级召回：完成召回', trigger: '发布召回公告', amount: 10, unit: 'workingDay', actor: '食品生产者', legalBasis: '《食品召回管理办法》', level: 'S' },
  { id: 'recall.level2.start', name: '二级召回：启动召回', trigger: '知悉食品安全风险', amount: 48, unit: 'hour', actor: '食品生产者', legalBasis: '《食品召回管理办法》', level: 'S' },
  { id: 'recall.level2.complete', name: '二级召回：完成召回', trigger: '发布召回公告', amount: 20, unit: 'workingDay', actor: '食品生产者', legalBasis: '《食品召回管理办法》', level: 'S' },
  { id: 'recall.level3.start', name: '三级召回：启动召回', trigger: '知悉食品安全风险', amount: 72, unit: 'hour', actor: '食品生产者', legalBasis: '《食品召回管理办法》', level: 'S' },
  { id: 'escalation.handle', name: '督办事项办理完毕并报送情况', trigger: '督办规则触发', amount: 30, unit: 'workingDay', actor: '企业所在地市（州）局', legalBasis: '《食品安全“监检联动”工作规范》第七条至第九条（期限未规定，按实践默认）', level: 'U' },
  { id: 'inspection.complete', name: '完成飞行检查并登记结果', trigger: '处室提出检查申请', amount: 15, unit: 'workingDay', actor: '检查技术中心', legalBasis: '《食品安全“监检联动”工作规范》第十五条（期限未规定，按实践默认）', level: 'U' },
  { id: 'case.decide', name: '作出行政处罚决定', trigger: '立案', amount: 90, unit: 'calendarDay', actor: '办案机关', legalBasis: '《中华人民共和国行政处罚法》第六十条（“自行政处罚案件立案之日起九十日内作出行政处罚决定”）；延长及不计入期限的情形依《市场监督管理行政处罚程序规定》', level: 'V' },
  { id: 'legalReview.complete', name: '完成法制审核', trigger: '提交法制审核', amount: 10, unit: 'workingDay', actor: '作出处罚决定的市场监管部门的法制审核机构', legalBasis: '《中华人民共和国行政处罚法》第五十八条（法制审核）；审核期限十个工作日、可延长依《市场监督管理行政处罚程序规定》', level: 'S' },
  // 投诉举报 (《市场监督管理投诉举报处理暂行办法》, 2022 revision; read in the primary text, domain-rules.md).
  { id: 'complaint.accept', name: '决定是否受理投诉并告知投诉人', trigger: '收到投诉', amount: 7, unit: 'workingDay', actor: '承办投诉的市场监管部门', legalBasis: '《市场监督管理投诉举报处理暂行办法》第十四条', level: 'V' },
  { id: 'complaint.mediationEnd', name: '调解终止（自受理之日起未达成调解协议）', trigger: '受理投诉', amount: 45, unit: 'workingDay', actor: '承办投诉的市场监管部门', legalBasis: '《市场监督管理投诉举报处理暂行办法》第二十一条、第二十二条', level: 'V' },
  // A 举报 is a lead under the penalty procedure: the 立案 decision as case.file (程序规定 art. 18, S).
  { id: 'report.handle', name: '核查举报并决定是否立案', trigger: '收到举报', amount: 15, unit: 'workingDay', actor: '承办举报的市场监管部门', legalBasis: '《市场监督管理投诉举报处理暂行办法》第三十一条（按行政处罚程序办理）；期限依《市场监督管理行政处罚程序规定》第十八条', level: 'S' },
  { id: 'report.notify', name: '告知实名举报人立案与否', trigger: '作出是否立案的决定', amount: 5, unit: 'workingDay', actor: '承办举报的市场监管部门', legalBasis: '《市场监督管理投诉举报处理暂行办法》第三十一条', level: 'V' },
  // Sichuan's 12345 rules were not read (domain-rules.md): the transfer's own deadline wins; this is the fallback.
  { id: 'hotline.complete', name: '12345转办件办结反馈（转办件未载明期限时）', trigger: '收到12345转办件', amount: 15, unit: 'workingDay', actor: '承办单位', legalBasis: '四川省12345政务服务便民热线工单办理规定（待核实；以转办件载明的办理时限为准）', level: 'U' },
  { id: 'recall.level3.complete', name: '三级召回：完成召回', trigger: '发布召回公告', amount: 30, unit: 'workingDay', actor: '食品生产者', legalBasis: '《食品召回管理办法》', level: 'S' },
];
