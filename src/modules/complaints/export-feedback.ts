import ExcelJS from 'exceljs';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { unitFact } from '../access/unit-facts.js';
import { recordAudit } from '../audit/record-audit.js';
import { complaintKinds, complaintOutcomes, publicStatusText } from './complaint-names.js';
import { readsComplainant } from './complaint-scope.js';
import { complaintConditions, type ComplaintFilter } from './list-complaints.js';
import { unitsById } from './complaint-view.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';

/** The 12345 platform's 办结反馈 layout: one row per work order, the hotline's own column names. */
export const FEEDBACK_COLUMNS = ['工单编号', '受理时间', '诉求类型', '诉求人', '联系电话', '被反映对象', '事发地址', '承办单位', '办理状态', '办理结果', '答复内容', '办结时间', '办理时限', '是否超期'] as const;

const time = (d: Date | null) => (d ? d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '');

/**
 * 办结反馈 for the hotline: the 12345 transfers the user reads, in the hotline's layout. The
 * complainant's name and phone are written only for the complaints the exporting unit handles
 * (the handling unit itself, or 投诉举报中心); for every other row those cells stay empty. The
 * export is audited with the rows it held and whether it carried personal data.
 */
export async function exportFeedback(db: Db, user: SessionUser, filter: ComplaintFilter, cipher: PersonalDataCipher, ip: string | null, now = new Date()) {
  const rows = await db
    .select()
    .from(complaints)
    .where(and(complaintConditions(user, filter), eq(complaints.channel, 'hotline'), isNotNull(complaints.hotlineNo)))
    .orderBy(asc(complaints.receivedAt))
    .limit(10_000);
  const units = await unitsById(db, rows.map((r) => r.handlerUnitId));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('办结反馈');
  sheet.addRow([...FEEDBACK_COLUMNS]).font = { bold: true };
  let personalRows = 0;
  for (const r of rows) {
    const personal = !r.anonymous && readsComplainant(user, await unitFact(db, r.handlerUnitId));
    if (personal) personalRows++;
    const finished = ['closed', 'rejected'].includes(r.status);
    const due = r.hotlineDueAt ?? r.dueAt;
    sheet.addRow([
      r.hotlineNo,
      time(r.receivedAt),
      complaintKinds[r.kind as keyof typeof complaintKinds] ?? r.kind,
      personal && r.complainantNameEnc ? cipher.decrypt(r.complainantNameEnc) : r.anonymous ? '匿名' : '',
      personal && r.complainantPhoneEnc ? cipher.decrypt(r.complainantPhoneEnc) : '',
      r.enterpriseName ?? '',
      r.address ?? '',
      units.get(r.handlerUnitId)?.name ?? '',
      publicStatusText(r.status, r.outcome),
      r.status === 'rejected' ? `不予受理：${r.outcomeNote ?? ''}` : r.outcome ? `${complaintOutcomes[r.outcome as keyof typeof complaintOutcomes] ?? ''}${r.outcomeNote ? `；${r.outcomeNote}` : ''}` : '',
      r.replyText ?? '',
      finished ? time(r.closedAt) : '',
      time(due),
      due ? ((finished ? (r.closedAt ?? now) : now) > due ? '是' : '否') : '',
    ]);
  }
  sheet.columns.forEach((c) => (c.width = 18));
  const body = Buffer.from(await book.xlsx.writeBuffer());
  await db.transaction((tx) =>
    recordAudit(tx, actorOf(user, ip), { action: 'complaint.exportFeedback', entityType: 'complaint', after: { rows: rows.length, personalRows, filter } }),
  );
  return { fileName: `12345办结反馈_${toLocalDate(now)}.xlsx`, body };
}
