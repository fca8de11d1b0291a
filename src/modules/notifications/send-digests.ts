import { and, desc, eq, gt } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.js';
import { notificationDigests, notifications } from '../../db/schema/index.js';
import { usersWithEmail } from '../users/user-email.js';
import { notificationMine, notificationUnread } from './notification-scope.js';
import type { SmtpSettings } from './smtp-settings.js';

const MAX_LINES = 30;

/**
 * The e-mail digest: each user with an address, at most once per `everyHours`, gets one mail
 * listing the notifications that arrived since the last digest and are still unread. The user is
 * claimed by locking and moving `notification_digests.last_sent_at` in a transaction that commits
 * only after the mail was accepted, so two processes never send the same digest and a failed
 * send is retried on the next run. Returns the mails sent.
 */
export async function sendDigests(db: Db, settings: SmtpSettings | null, now = new Date()): Promise<number> {
  if (!settings) return 0;
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
  });
  const since = new Date(now.getTime() - settings.everyHours * 3600_000);
  let sent = 0;
  try {
    for (const reader of await usersWithEmail(db)) {
      const done = await db.transaction(async (tx) => {
        await tx.insert(notificationDigests).values({ userId: reader.id, lastSentAt: new Date(0) }).onConflictDoNothing();
        const [claim] = await tx.select().from(notificationDigests).where(eq(notificationDigests.userId, reader.id)).for('update', { skipLocked: true });
        if (!claim || claim.lastSentAt > since) return false;
        const user = { id: reader.id, unit: { id: reader.unitId } };
        const unread = await tx
          .select({ title: notifications.title, href: notifications.href, createdAt: notifications.createdAt })
          .from(notifications)
          .where(and(notificationMine(user), notificationUnread(reader.id), gt(notifications.createdAt, claim.lastSentAt)))
          .orderBy(desc(notifications.createdAt))
          .limit(MAX_LINES + 1);
        if (unread.length === 0) return false;
        await tx.update(notificationDigests).set({ lastSentAt: now }).where(eq(notificationDigests.userId, reader.id));
        const lines = unread.slice(0, MAX_LINES).map((n) => `· ${n.title}${n.href ? `\n  ${settings.publicUrl}${n.href}` : ''}`);
        if (unread.length > MAX_LINES) lines.push('……更多通知请登录平台查看');
        await transport.sendMail({
          from: settings.from,
          to: reader.email!,
          subject: `食品安全“监检联动”平台：您有${unread.length > MAX_LINES ? `${MAX_LINES}条以上` : `${unread.length}条`}未读通知`,
          text: `${reader.displayName}，您好：\n\n以下通知尚未阅读：\n\n${lines.join('\n')}\n\n登录平台：${settings.publicUrl}/\n（本邮件由系统自动发送，请勿回复）`,
        });
        return true;
      });
      if (done) sent += 1;
    }
  } finally {
    transport.close();
  }
  return sent;
}
