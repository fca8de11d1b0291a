/** 核查处置 with its 协查, evidence and documents (文书). */
export const disposalErrors = {
  DISPOSAL_HAS_OPEN_ASSISTS: {
    status: 400,
    message: '尚有{count}项协查未回复（{names}），请等待回复，或在“协查”中关闭并说明理由后再结案',
  },
  DISPOSAL_ALREADY_EXTENDED: { status: 409, message: '该处置已延期一次，不能再次延期' },
  EVIDENCE_UPLOAD_CLOSED: { status: 409, message: '该核查处置已不能再上传证据材料' },
  ASSIST_DISPOSAL_VOIDED: { status: 409, message: '该核查处置已撤销，协查随之终止' },
  ASSIST_IN_PROVINCE_NO_LETTER: { status: 409, message: '省内协查通过平台办理，无需寄送协查函' },
  ASSIST_LETTER_SENT: { status: 409, message: '该协查函已登记发出' },
  ASSIST_REPLIED: { status: 409, message: '该协查已回复' },
  ASSIST_REPLIED_NO_CLOSING: { status: 409, message: '该协查已回复，无需关闭' },
  ASSIST_CLOSED: { status: 409, message: '该协查已关闭' },
  DOCUMENT_DISPOSAL_VOIDED: { status: 409, message: '该核查处置已撤销，不能再出具新的文书' },
  DOCUMENT_RESULT_NOTICE_BY_OWNER: { status: 403, message: '检验结果通知书由承办单位出具' },
  DOCUMENT_NO_RESULT_NOTICE_FOR_MONITORING: { status: 409, message: '风险监测问题样品按通知企业程序办理，不出具检验结果通知书' },
  DOCUMENT_ASSIST_LETTER_NOT_ISSUED: { status: 409, message: '协查函尚未由承办单位出具' },
  DOCUMENT_EXTENSION_FORM_BY_OWNER: { status: 403, message: '延期审批表由承办单位出具' },
  DOCUMENT_NO_EXTENSION: { status: 409, message: '该核查处置未经批准延期，没有延期审批表' },
  DOCUMENT_SUPERVISION_LETTER_BY_SUPERVISOR: { status: 403, message: '督办函由抽检监测处或指导处室出具' },
  DOCUMENT_NOT_OVERDUE: { status: 409, message: '该核查处置未逾期，无需督办' },
  DOCUMENT_NOT_ISSUED: { status: 404, message: '{document}尚未出具' },
} as const;
