import { noticeApprovalSettings, noticeRecipients, noticeReplies, notices } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerNoticeRoutes } from './routes.js';
import { warnOverdueNotices } from './warn-overdue-notices.js';

export const noticesManifest: ModuleManifest = {
  name: 'notices',
  tables: [notices, noticeRecipients, noticeReplies, noticeApprovalSettings],
  routes: registerNoticeRoutes,
  workItemKinds: ['notice', 'notice_reminder', 'notice_approval'],
  jobs: [{ name: 'warnOverdueNotices', everyMs: 30 * 60_000, atStart: true, run: (db) => warnOverdueNotices(db), done: 'overdue notice recipients warned' }],
};
