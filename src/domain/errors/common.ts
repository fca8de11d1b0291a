/**
 * Codes shared by every module: input, sign-in, permission, lookup and concurrency refusals,
 * and the generic state refusal for a state that needs no more specific words.
 */
export const commonErrors = {
  VALIDATION_FAILED: { status: 400, message: '提交的数据有误，请检查后重试' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '登录已超时，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  ACCOUNT_LOCKED: { status: 423, message: '连续登录失败次数过多，账号已锁定15分钟' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系系统管理员' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录或密码已重置，请先修改密码' },
  PASSWORD_TOO_WEAK: { status: 400, message: '密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类' },
  PASSWORD_REUSED: { status: 400, message: '新密码不能与当前密码相同' },
  WRONG_PASSWORD: { status: 400, message: '当前密码不正确' },
  CSRF_REJECTED: { status: 403, message: '请求来源校验失败，请刷新页面后重试' },
  FORBIDDEN: { status: 403, message: '您没有执行此操作的权限' },
  NOT_FOUND: { status: 404, message: '记录不存在或不在您的数据范围内' },
  CONFLICT: { status: 409, message: '数据已存在' },
  VERSION_CONFLICT: { status: 409, message: '该记录已被他人修改，请刷新后重试' },
  INVALID_STATE: { status: 409, message: '当前状态下不能执行此操作' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  DATA_DIR_IN_USE: {
    status: 503,
    message: '内置数据库正被另一个进程（通常是正在运行的 npm start）使用，请先停止该进程，或改用 PostgreSQL（DATABASE_URL）',
  },
  INTERNAL: { status: 500, message: '系统内部错误，请稍后重试或联系管理员' },
} as const;
