import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, attachmentsRootOf } from '../attachments/receive-upload.js';
import { receiveFileRequest, sendAttachment } from '../attachments/file-requests.js';
import { assertNoticeAttachable, attachNoticeFile, readNoticeAttachment } from './notice-attachments.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { pageQuery, toPage } from '../../http/paging.js';
import { approvalSettings as approvalSettingsReply, noticeAttachment, noticeCreated, noticeDetail, noticeKind, noticePage, noticeReach, noticeReadReply, noticeReminded } from '../../contracts/notices.js';
import { acknowledgeNotice, markNoticeRead } from './read-notice.js';
import { approveNotice } from './approve-notice.js';
import { approvalSettings, setApprovalRequired } from './approval-settings.js';
import { getNotice } from './get-notice.js';
import { listNotices } from './list-notices.js';
import { noticeReach as reachOf } from './notice-reach.js';
import { remindOverdueRecipients } from './remind-notice.js';
import { replyToNotice } from './reply-notice.js';
import { sendNotice } from './send-notice.js';
import { withdrawNotice } from './withdraw-notice.js';

const KIND = '请选择通报类型（通报函、监管提示、风险预警提示、工作动态）';
const uuid = z.uuid('单位编号格式不正确');

export const sendNoticeBody = z.object({
  kind: z.enum(['circular', 'supervision_tip', 'risk_warning', 'work_update'], KIND),
  title: z.string('请填写标题').trim().min(1, '请填写标题').max(200, '标题最多200字'),
  body: z.string('请填写正文').trim().min(1, '请填写正文').max(20_000, '正文最多20000字'),
  recipientUnitIds: z.array(uuid).max(300, '收件单位最多300个').optional(),
  recipientGroups: z
    .array(
      z.discriminatedUnion('group', [
        z.object({ group: z.literal('allCities') }),
        z.object({ group: z.literal('provincialDivisions') }),
        z.object({ group: z.literal('cityCounties'), cityUnitId: uuid }),
      ]),
    )
    .max(30)
    .optional(),
  replyDueOn: z.iso.date('反馈截止日期应为 YYYY-MM-DD').optional(),
  relatedSampleIds: z.array(z.uuid('样品编号格式不正确')).max(50).optional(),
  relatedMeetingId: z.uuid('研判活动编号格式不正确').optional(),
  relatedMeetingActionId: z.uuid('研判措施编号格式不正确').optional(),
  relatedSignalId: z.uuid('风险信号编号格式不正确').optional(),
});

export function registerNoticeRoutes(api: ApiContext) {
  const db = api.database.db;
  const root = attachmentsRootOf(api.config.uploadDir);
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/attachments',
    summary: '上传附件（multipart：file，可选 replyId）：发文单位上传通报附件；收件单位上传本单位反馈的附件（jpg/png/pdf/doc/docx/xls/xlsx，不超过20MB）',
    tags: ['notices'],
    permission: 'notice.read',
    params: idParams,
    reply: noticeAttachment,
    handler: async ({ user, params, request, reply, ip }) => {
      const replyId = z.uuid('反馈编号格式不正确').optional().parse((request.query as { replyId?: string }).replyId);
      return receiveFileRequest(request, { root, maxBytes: ATTACHMENT_MAX_BYTES, check: () => assertNoticeAttachable(db, user, params.id, replyId) }, (upload) => {
        reply.status(201);
        return attachNoticeFile(db, user, { noticeId: params.id, replyId, upload }, root, ip);
      });
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/notices/:id/attachments/:attachmentId',
    summary: '下载通报或反馈附件（发文单位：全部；收件单位：通报附件和本单位反馈的附件）',
    tags: ['notices'],
    permission: 'notice.read',
    params: z.object({ id: z.uuid('编号格式不正确'), attachmentId: z.uuid('编号格式不正确') }),
    handler: async ({ user, params, reply }) => sendAttachment(reply, await readNoticeAttachment(db, user, params.id, params.attachmentId, root)),
  });
  route(api, {
    method: 'GET',
    url: '/api/notices',
    summary: '信息通报列表：box=inbox 收件箱（本单位收到的）| sent 已发送（本单位发出的，含已读、已反馈、逾期数）',
    tags: ['notices'],
    permission: 'notice.read',
    query: pageQuery.extend({ box: z.enum(['inbox', 'sent']).default('inbox'), kind: noticeKind.optional(), q: z.string().trim().max(100).optional() }),
    reply: noticePage,
    handler: async ({ user, query }) => listNotices(db, user, query, toPage(query)),
  });
  route(api, {
    method: 'GET',
    url: '/api/notices/reach',
    summary: '本单位可以通报的单位（省级单位可通报全部；市（州）局：省级单位、其他市（州）局、本市县级局；县级局：本市（州）局和本市其他县级局）',
    tags: ['notices'],
    permission: 'notice.send',
    reply: noticeReach,
    handler: async ({ user }) => reachOf(db, user),
  });
  route(api, {
    method: 'GET',
    url: '/api/notices/approval-settings',
    summary: '本单位各类通报是否须经负责人审批后发送（默认不需要）',
    tags: ['notices'],
    permission: 'notice.send',
    reply: approvalSettingsReply,
    handler: async ({ user }) => approvalSettings(db, user.unit.id),
  });
  route(api, {
    method: 'PUT',
    url: '/api/notices/approval-settings',
    summary: '单位负责人设置某类通报是否须经审批',
    tags: ['notices'],
    permission: 'notice.approve',
    body: z.object({ kind: noticeKind, required: z.boolean() }),
    reply: approvalSettingsReply,
    handler: async ({ user, body, ip }) => setApprovalRequired(db, user, body.kind, body.required, ip),
  });
  route(api, {
    method: 'GET',
    url: '/api/notices/:id',
    summary: '通报详情；收件单位打开即记录已读（首位阅读人和时间）。发文单位可见 receipts: [{ unitId, readAt, repliedAt, state }]',
    tags: ['notices'],
    permission: 'notice.read',
    params: idParams,
    reply: noticeDetail,
    handler: async ({ user, params, ip }) => {
      await markNoticeRead(db, user, params.id, ip);
      return getNotice(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/notices',
    summary: '发送信息通报（本单位开启该类审批时先送负责人审批）：{ kind, title, body, recipientUnitIds, recipientGroups?, replyDueOn? } → 201 { id }',
    tags: ['notices'],
    permission: 'notice.send',
    body: sendNoticeBody,
    reply: noticeCreated,
    handler: async ({ user, body, ip, reply }) => {
      const notice = await sendNotice(db, user, body, ip);
      reply.status(201);
      return { id: notice.id, status: notice.status as 'sent' | 'pending_approval' };
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/read',
    summary: '记录本单位已读（首次阅读的用户和时间；再次调用不改变）',
    tags: ['notices'],
    permission: 'notice.read',
    params: idParams,
    reply: noticeReadReply,
    handler: async ({ user, params, ip }) => ({ firstRead: await markNoticeRead(db, user, params.id, ip) }),
  });
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/acknowledge',
    summary: '收件单位签收通报',
    tags: ['notices'],
    permission: 'notice.read',
    params: idParams,
    reply: noticeDetail,
    handler: async ({ user, params, ip }) => {
      await acknowledgeNotice(db, user, params.id, ip);
      return getNotice(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/replies',
    summary: '收件单位反馈：{ body }（通报撤回后 409）',
    tags: ['notices'],
    permission: 'notice.read',
    params: idParams,
    body: z.object({ body: z.string('请填写反馈内容').trim().min(1, '请填写反馈内容').max(20_000, '反馈最多20000字') }),
    reply: noticeDetail,
    handler: async ({ user, params, body, ip, reply }) => {
      await replyToNotice(db, user, params.id, body, ip);
      reply.status(201);
      return getNotice(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/remind',
    summary: '发文单位催办逾期未反馈的收件单位（新待办和通知）',
    tags: ['notices'],
    permission: 'notice.send',
    params: idParams,
    reply: noticeReminded,
    handler: async ({ user, params, ip }) => ({ remindedUnitIds: await remindOverdueRecipients(db, user, params.id, ip) }),
  });
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/approve',
    summary: '发文单位负责人审批通报，审批后立即发送',
    tags: ['notices'],
    permission: 'notice.approve',
    params: idParams,
    reply: noticeDetail,
    handler: async ({ user, params, ip }) => {
      await approveNotice(db, user, params.id, ip);
      return getNotice(db, user, params.id);
    },
  });
  route(api, {
    method: 'POST',
    url: '/api/notices/:id/withdraw',
    summary: '发文单位撤回通报（收件单位待办取消，之后不能再反馈）',
    tags: ['notices'],
    permission: 'notice.send',
    params: idParams,
    reply: noticeDetail,
    handler: async ({ user, params, ip }) => {
      await withdrawNotice(db, user, params.id, ip);
      return getNotice(db, user, params.id);
    },
  });
}
