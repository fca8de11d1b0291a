import { sql } from 'drizzle-orm';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 信息通报按期反馈: of the recipient rows of sent (not withdrawn) notices whose reply date
 * (reply_due_on, a local date) falls in the period, the share replied on or before that date.
 */
const due = (ctx: ComputationContext) => sql`n.status = 'sent' AND n.reply_due_on IS NOT NULL AND n.reply_due_on >= ${ctx.period.fromDate} AND n.reply_due_on <= ${ctx.period.toDate}`;
const ok = sql`nr.replied_at IS NOT NULL AND (nr.replied_at AT TIME ZONE 'Asia/Shanghai')::date <= n.reply_due_on`;

export const noticeRepliedOnTime: Computation = {
  key: 'notice.repliedOnTime',
  name: '信息通报按期反馈',
  numerator: '在反馈期限内反馈的次数',
  denominator: '考核期内反馈期限届满的收件次数',
  measure: 'ratio',
  figures: (ctx) =>
    rollUp(ctx.db, sql`SELECT nr.unit_id AS owner_id, count(*) FILTER (WHERE ${ok}) AS num, count(*) AS den FROM notice_recipients nr JOIN notices n ON n.id = nr.notice_id WHERE ${due(ctx)} GROUP BY nr.unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; title: string; unit_name: string; reply_due_on: string; replied_at: Date | null; ok: boolean }>(
        ctx.db,
        sql`SELECT n.id, n.title, o.name AS unit_name, n.reply_due_on::text, nr.replied_at, (${ok}) AS ok FROM notice_recipients nr JOIN notices n ON n.id = nr.notice_id JOIN org_units o ON o.id = nr.unit_id
            WHERE ${due(ctx)} AND ${inUnitTree(sql`nr.unit_id`, unitId)} ORDER BY (${ok}), n.reply_due_on`,
      )
    ).map((r) => ({ id: r.id, label: r.title, unitName: r.unit_name, dueAt: r.reply_due_on, doneAt: iso(r.replied_at), ok: Boolean(r.ok), note: r.replied_at ? (r.ok ? '按期反馈' : '逾期反馈') : '未反馈', href: `/notices/${r.id}` })),
};
