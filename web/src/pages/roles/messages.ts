/** The words of the roles page. Shared words (保存, 取消, the enums…) are in web/src/messages.ts. */

export const rolesMessages = {
  title: '角色权限',
  note: '各角色的权限由系统统一规定，本页仅供查看；如需调整，请向系统管理员提出申请。',
  permission: '权限',
  code: '代码',
  granted: '✓',
} as const;
