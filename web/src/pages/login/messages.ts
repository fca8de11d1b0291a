/** The words of the login page. Shared words (保存, 取消, the enums…) are in web/src/messages.ts. */

export const loginMessages = {
  title: '登录',
  username: '用户名',
  password: '密码',
  usernameRequired: '请输入用户名',
  passwordRequired: '请输入密码',
  submit: '登录',
  failed: '登录失败',
} as const;
