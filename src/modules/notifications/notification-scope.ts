import { sql, type SQL } from 'drizzle-orm';
import { notifications } from '../../db/schema/index.js';

/** Who reads a notification: the user it names, or any user of the unit it names. */
export function notificationMine(user: { id: string; unit: { id: string } }): SQL {
  return sql`(${notifications.userId} = ${user.id} OR ${notifications.unitId} = ${user.unit.id})`;
}

/** Not yet read by this user. */
export function notificationUnread(userId: string): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM notification_reads nr WHERE nr.notification_id = ${notifications.id} AND nr.user_id = ${userId})`;
}

/** Whether an event concerns this user. */
export function concerns(event: { unitIds: string[]; userIds: string[]; everyone?: boolean }, user: { id: string; unit: { id: string } }): boolean {
  return event.everyone === true || event.userIds.includes(user.id) || event.unitIds.includes(user.unit.id);
}
