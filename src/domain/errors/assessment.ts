/** 考核评价: indicators, scores, checks and rectification (issue 15). */
export const assessmentErrors = {
  ASSESSMENT_MANAGERS_ONLY: { status: 403, message: '只有食品安全协调处可以维护考核指标、组织检查和发布考核结果' },
  ASSESSMENT_YEAR_FROZEN: { status: 409, message: '{year}年度考核结果已发布，指标体系已冻结，不能再修改' },
  ASSESSMENT_ALREADY_PUBLISHED: { status: 409, message: '该期考核结果已发布' },
  ASSESSMENT_UNKNOWN_COMPUTATION: { status: 400, message: '计算方法不存在' },
  ASSESSMENT_OWN_UNIT_ONLY: { status: 403, message: '只能查看本单位（市局含所辖县局）得分的明细' },
  ASSESSMENT_CHECKING_SIDE_ONLY: { status: 403, message: '只有检查组织单位和检查组成员单位可以登记问题和验收整改' },
  ASSESSMENT_CHECKED_UNIT_ONLY: { status: 403, message: '只有被检查单位可以报送整改情况' },
  ASSESSMENT_UNIT_NOT_CHECKED: { status: 400, message: '该单位不在本次检查的被检查单位中' },
  ASSESSMENT_FINDING_STATE: { status: 409, message: '整改当前状态下不能进行该操作' },
  ASSESSMENT_NO_DEDUCTION_INDICATOR: { status: 400, message: '扣分应对应本年度指标体系中的扣分指标' },
  ASSESSMENT_INDICATOR_IN_USE: { status: 409, message: '本年度已有检查发现问题按该指标扣分，不能删除该指标' },
} as const;
