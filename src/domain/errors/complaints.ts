/** 投诉举报, 12345 transfers, the Open311 intake API and its keys (issue 14 §1). */
export const complaintErrors = {
  COMPLAINT_CENTER_ONLY: { status: 403, message: '只有投诉举报中心可以转办投诉举报' },
  COMPLAINT_HANDLER_ONLY: { status: 403, message: '只有承办单位可以办理该投诉举报' },
  COMPLAINT_PERSONAL_DATA_HIDDEN: { status: 403, message: '投诉举报人信息仅承办单位和投诉举报中心可以查看' },
  COMPLAINT_ANONYMOUS: { status: 409, message: '匿名投诉举报没有可查看或答复的投诉举报人信息' },
  COMPLAINT_MERGED: { status: 409, message: '该投诉举报已并入另一件，请办理原件' },
  COMPLAINT_REASSIGN_SAME: { status: 400, message: '转办单位与当前承办单位相同' },
  INTAKE_KEY_INVALID: { status: 401, message: '接入密钥无效或已吊销' },
  INTAKE_SERVICE_UNKNOWN: { status: 400, message: '未知的服务类型（service_code），请先查询 services.json' },
  PORTAL_FORM_EXPIRED: { status: 400, message: '表单已过期或无效，请刷新页面后重新填写' },
} as const;
