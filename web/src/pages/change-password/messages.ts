/** The words of the change-password page. Shared words (保存, 取消, the enums…) are in web/src/messages.ts. */

export const changePasswordMessages = {
  title: '修改密码',
  forcedNotice: '首次登录或密码已被重置，请先修改密码后再使用平台。',
  currentPassword: '当前密码',
  newPassword: '新密码',
  confirmPassword: '确认新密码',
  currentRequired: '请输入当前密码',
  newRequired: '请输入新密码',
  confirmRequired: '请再次输入新密码',
  rule: '密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类',
  mismatch: '两次输入的新密码不一致',
  sameAsCurrent: '新密码不能与当前密码相同',
  submit: '确认修改',
  success: '密码已修改',
  back: '返回',
} as const;
