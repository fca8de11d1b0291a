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
  NOTICE_NONE_OVERDUE: { status: 409, message: '没有逾期未反馈的收件单位，无需催办' },
} as const;
