/** Reply contracts of /api/notices (信息通报: the boxes, one notice, approval settings). */
import { z } from 'zod';
import { actions, localDate, pageOf, timestamp } from './common.js';

export const noticeKind = z.enum(['circular', 'supervision_tip', 'risk_warning', 'work_update']);
export type NoticeKind = z.infer<typeof noticeKind>;
export const noticeStatus = z.enum(['pending_approval', 'sent', 'withdrawn']);
export type NoticeStatus = z.infer<typeof noticeStatus>;
/** A recipient as the sender sees it: 未读 / 已读 / 已反馈 / 逾期. */
export const receiptState = z.enum(['unread', 'read', 'replied', 'overdue']);
export type ReceiptState = z.infer<typeof receiptState>;

export const noticeCreated = z.object({ id: z.string(), status: noticeStatus });

export const noticeRow = z.object({
  id: z.string(),
  kind: noticeKind,
  kindName: z.string(),
  title: z.string(),
  status: noticeStatus,
  statusName: z.string(),
  senderUnitId: z.string(),
  senderUnitName: z.string(),
  replyDueOn: localDate.nullable(),
  sentAt: timestamp.nullable(),
  createdAt: timestamp,
  recipientCount: z.number(),
  readCount: z.number(),
  repliedCount: z.number(),
  overdueCount: z.number(),
  /** The caller's unit's own receipt, in the inbox. */
  ownState: receiptState.nullable(),
});
export type NoticeRow = z.infer<typeof noticeRow>;
export const noticePage = pageOf(noticeRow);

/** One recipient unit's receipt: who of it first read the notice and when, and its reply. */
export const noticeReceipt = z.object({
  unitId: z.string(),
  unitName: z.string(),
  readAt: timestamp.nullable(),
  readByName: z.string().nullable(),
  acknowledgedAt: timestamp.nullable(),
  repliedAt: timestamp.nullable(),
  remindedAt: timestamp.nullable(),
  state: receiptState,
});
export type NoticeReceipt = z.infer<typeof noticeReceipt>;

export const noticeReply = z.object({ id: z.string(), unitId: z.string(), unitName: z.string(), userName: z.string(), body: z.string(), createdAt: timestamp });
export type NoticeReply = z.infer<typeof noticeReply>;

/** A file of the notice (replyId null) or of one of its replies (反馈材料). */
export const noticeAttachment = z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), bytes: z.number(), createdAt: timestamp, replyId: z.string().nullable(), href: z.string() });
export type NoticeAttachment = z.infer<typeof noticeAttachment>;

export const noticeDetail = z.object({
  id: z.string(),
  kind: noticeKind,
  kindName: z.string(),
  title: z.string(),
  body: z.string(),
  status: noticeStatus,
  statusName: z.string(),
  senderUnitId: z.string(),
  senderUnitName: z.string(),
  createdByName: z.string(),
  replyDueOn: localDate.nullable(),
  relatedSampleIds: z.array(z.string()),
  relatedMeetingId: z.string().nullable(),
  relatedSignalId: z.string().nullable(),
  sentAt: timestamp.nullable(),
  withdrawnAt: timestamp.nullable(),
  createdAt: timestamp,
  version: z.number(),
  isSender: z.boolean(),
  recipientCount: z.number(),
  /** Only in the sender's reply. */
  receipts: z.array(noticeReceipt).optional(),
  /** The caller's unit's receipt, when it is a recipient. */
  own: z.object({ readAt: timestamp.nullable(), acknowledgedAt: timestamp.nullable(), repliedAt: timestamp.nullable(), state: receiptState }).nullable(),
  replies: z.array(noticeReply),
  attachments: z.array(noticeAttachment),
  actions,
});
export type NoticeDetail = z.infer<typeof noticeDetail>;

export const noticeReadReply = z.object({ firstRead: z.boolean() });
export const noticeReminded = z.object({ remindedUnitIds: z.array(z.string()) });

export const approvalSettings = z.object({ items: z.array(z.object({ kind: noticeKind, kindName: z.string(), required: z.boolean() })) });
export type ApprovalSettings = z.infer<typeof approvalSettings>;

/** The units the caller's unit may notify, for the compose form's picker. */
export const noticeReach = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), parentId: z.string().nullable(), regionCode: z.string().nullable() })),
});
export type NoticeReach = z.infer<typeof noticeReach>;
