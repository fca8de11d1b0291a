/** "321" risk-analysis meetings, their rules and the leading group. */
export const riskMeetingErrors = {
  RISK_MEETING_OWN_UNIT_ONLY: { status: 403, message: '只能登记本单位的风险研判活动' },
  RISK_MEETING_IN_FUTURE: { status: 400, message: '研判日期不能晚于今天' },
  RISK_MEETING_BEFORE_UNIT: { status: 400, message: '研判日期早于{unit}开展“321”风险研判的起始日期（{since}）' },
  RISK_MEETING_UNIT_NOT_OBLIGED: { status: 400, message: '{unit}不在“321”风险研判的开展范围内' },
  RISK_MEETING_MANAGERS_ONLY: { status: 403, message: '只有食品安全协调处可以维护“321”研判规则和领导小组组成' },
  RISK_MEETING_LEADING_GROUP_PROVINCE: { status: 400, message: '领导小组会议由省局召开，请以省局名义登记' },
} as const;
