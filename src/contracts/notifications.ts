/** Reply contracts of /api/notifications (通知中心: the bell, the list). */
import { z } from 'zod';
import { pageOf, timestamp } from './common.js';

export const notificationRow = z.object({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  href: z.string().nullable(),
  createdAt: timestamp,
  readAt: timestamp.nullable(),
});
export type NotificationRow = z.infer<typeof notificationRow>;
export const notificationPage = pageOf(notificationRow).extend({ unread: z.number() });
export type NotificationPage = z.infer<typeof notificationPage>;
export const unreadReply = z.object({ unread: z.number() });
