import { notificationDigests, notificationReads, notifications } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { onWorkItemsCreated } from '../work-items/create-work-item.js';
import { registerNotificationRoutes } from './routes.js';
import { sendDigests } from './send-digests.js';
import { smtpSettingsFromEnv } from './smtp-settings.js';
import { warnOverdueWorkItems } from './warn-overdue-work-items.js';
import { notifyNewWorkItems } from './work-item-notifications.js';

// "A new work item for my unit": told by the work-items module inside the creating transaction.
onWorkItemsCreated(notifyNewWorkItems);

export const notificationsManifest: ModuleManifest = {
  name: 'notifications',
  tables: [notifications, notificationReads, notificationDigests],
  routes: registerNotificationRoutes,
  jobs: [
    { name: 'warnOverdueWorkItems', everyMs: 60 * 60_000, atStart: true, run: (db) => warnOverdueWorkItems(db), done: 'overdue work-item warnings written' },
    // Off unless JJLD_SMTP_HOST is set (docs/operations.md); each user at most once per JJLD_DIGEST_HOURS.
    { name: 'sendDigests', everyMs: 15 * 60_000, run: (db) => sendDigests(db, smtpSettingsFromEnv()), done: 'notification digests e-mailed' },
  ],
};
