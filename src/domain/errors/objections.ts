/** 异议 and 复检: applications, the retest lab draw, and results made final by a retest. */
export const objectionErrors = {
  OBJECTION_SAMPLE_NOT_FAILED: { status: 409, message: '该样品检验结论不是不合格，不能提出异议或复检' },
  OBJECTION_SAMPLE_NO_LONGER_FAILED: {
    status: 409,
    message: '样品检验结论已不再为不合格，该申请不能再受理或办结，请不予受理并说明理由',
  },
  RETEST_ALREADY_APPLIED: { status: 409, message: '该样品已有复检申请（复检结论为最终结论），不能重复申请' },
  RETEST_CONCLUDED: { status: 409, message: '复检结论为最终结论，已办结的复检不能再更改' },
  OBJECTION_CONCLUDED: { status: 409, message: '异议已办结，审核结论不能再更改' },
  APPLICATION_REJECTED: { status: 409, message: '该申请已不予受理，不能再办理' },
  APPLICATION_NOT_ACCEPTED: { status: 409, message: '请先受理该申请，再登记结论' },
  APPLICATION_ALREADY_ACCEPTED: { status: 409, message: '该申请已受理，不能再作受理决定' },
  RETEST_STILL_FAILED: { status: 400, message: '复检结果仍不合格，不能认定为推翻' },
  RETEST_LAB_FIRST_LAB_UNKNOWN: { status: 409, message: '样品未登记初检机构，无法在排除初检机构后抽取复检机构' },
  RETEST_LABS_EXHAUSTED: { status: 409, message: '复检机构名录中没有可抽取的机构（已排除初检机构），请先维护复检机构名录' },
  RESULTS_FINAL_AFTER_RETEST: { status: 409, message: '复检结论为最终结论，不能再更正检验结果' },
} as const;
