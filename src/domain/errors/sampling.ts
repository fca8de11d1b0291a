/** 抽检计划 and 抽检建议: who changes a plan, and a suggestion decided once. */
export const samplingErrors = {
  PLAN_ORGANISER_ONLY: { status: 403, message: '只有组织单位及其上级单位可以修改计划' },
  PLAN_CLOSED: { status: 409, message: '计划已关闭，请先重新启用' },
  SUGGESTION_OWN_UNIT: { status: 403, message: '不能处理本单位提出的抽检建议' },
  SUGGESTION_DECIDED: { status: 409, message: '该建议已处理' },
} as const;
