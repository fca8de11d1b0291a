/** 信息通报 and the notification centre. */
export const noticeErrors = {
  NOTICE_OUT_OF_REACH: { status: 403, message: '不能向以下单位发送通报：{units}（县级局只能通报本市（州）局和本市其他县级局，市（州）局只能通报省级单位、其他市（州）局和本市县级局）' },
  NOTICE_UNKNOWN_RECIPIENTS: { status: 400, message: '收件单位不存在，请重新选择' },
  NOTICE_NO_RECIPIENTS: { status: 400, message: '请至少选择一个收件单位' },
  NOTICE_SENDER_ONLY: { status: 403, message: '只有发文单位可以执行此操作' },
  NOTICE_HEAD_ONLY: { status: 403, message: '只有发文单位负责人可以审批通报' },
  NOTICE_RECIPIENT_ONLY: { status: 403, message: '您的单位不是该通报的收件单位' },
  NOTICE_WITHDRAWN: { status: 409, message: '该通报已撤回或尚未发出，不能再办理' },
  NOTICE_ALREADY_ACKNOWLEDGED: { status: 409, message: '已签收' },
  NOTICE_MEETING_OUT_OF_SCOPE: { status: 403, message: '关联的风险研判活动不存在或不在本单位范围内，通报未发送' },
  NOTICE_FOLLOW_UP_NOT_OWN: { status: 403, message: '这项通报措施的责任单位不是本单位，请由责任单位发送' },
  NOTICE_FOLLOW_UP_NOT_FOUND: { status: 400, message: '该研判活动没有这项发送通报的措施' },
  NOTICE_NONE_OVERDUE: { status: 409, message: '没有逾期未反馈的收件单位，无需催办' },
} as const;
