/** 舆情事件 and the opinion watch after a publication (issue 14 §2). */
export const opinionErrors = {
  OPINION_KEEPERS_ONLY: { status: 403, message: '只有宣传和档案中心、新闻宣传处可以登记和处置舆情事件' },
  OPINION_EVENT_CLOSED: { status: 409, message: '该舆情事件已办结，请先重新打开' },
  OPINION_OWNER_UNIT: { status: 400, message: '责任单位应为宣传和档案中心或新闻宣传处' },
  OPINION_REGION_UNIT: { status: 400, message: '涉及地区应为市（州）局或县（市、区）局' },
  OPINION_LINKS_UNKNOWN: { status: 400, message: '有{count}个关联的企业、样品或信息公布不存在或不在您的数据范围内' },
  OPINION_EXPLAINER_REQUIRED: { status: 400, message: '标准解读须关联标准解读库中的一篇解读' },
  OPINION_RESPONSE_NOT_REBUTTAL: { status: 409, message: '只有“辟谣”类回应可以作为消费提示公布' },
  OPINION_REBUTTAL_SENT: { status: 409, message: '该辟谣信息已提交会审或公布，不能重复提交' },
  OPINION_WATCH_DONE: { status: 409, message: '该舆情监测待办已办结' },
  OPINION_WATCH_NO_ENTRY: { status: 409, message: '请至少登记一天的监测情况（未发现舆情也须登记）后再办结' },
  OPINION_WATCH_DAY_RECORDED: { status: 409, message: '{day}已登记监测情况' },
  OPINION_WATCH_DAY_OUTSIDE: { status: 400, message: '监测日期应在信息公布之日至今天之间' },
} as const;
