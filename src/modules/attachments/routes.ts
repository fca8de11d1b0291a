import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { uploadedAttachment } from '../../contracts/attachments.js';
import { attachFile, assertAttachable } from './attach-file.js';
import { receiveFileRequest, sendAttachment } from './file-requests.js';
import { readAttachment } from './read-attachment.js';
import { ATTACHMENT_MAX_BYTES, attachmentsRootOf } from './receive-upload.js';

const stepKinds = ['notice', 'riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure', 'enterpriseReport'] as const;
const fieldsSchema = z.object({ stepKind: z.enum(stepKinds, { message: '未知的处置步骤' }).optional() });

/**
 * Evidence files (证据材料). There is deliberately no DELETE: evidence is append-only, like the
 * audit log — a wrong upload is superseded by a new one, and both stay on record.
 * `maxBytes` exists for tests; the server uses the 20 MB default.
 */
export function registerAttachmentRoutes(api: ApiContext, options: { maxBytes?: number } = {}) {
  const db = api.database.db;
  const maxBytes = options.maxBytes ?? ATTACHMENT_MAX_BYTES;
  const root = attachmentsRootOf(api.config.uploadDir);

  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/attachments',
    summary: '上传核查处置证据材料（multipart：file，可选 stepKind；jpg/png/pdf/doc/docx/xls/xlsx，不超过20MB），返回附件信息',
    tags: ['attachments'],
    permission: 'disposal.work',
    params: idParams,
    reply: uploadedAttachment,
    handler: async ({ user, params, request, reply, ip }) =>
      receiveFileRequest(request, { root, maxBytes, check: () => assertAttachable(db, user, params.id) }, async (upload, fields) => {
        const parsed = fieldsSchema.parse(fields);
        reply.status(201);
        return attachFile(db, user, { disposalId: params.id, stepKind: parsed.stepKind, upload }, root, ip);
      }),
  });

  route(api, {
    method: 'GET',
    url: '/api/attachments/:id',
    summary: '下载证据材料（仅限可查看所属记录的用户）',
    tags: ['attachments'],
    permission: 'disposal.read',
    params: idParams,
    handler: async ({ user, params, reply }) => sendAttachment(reply, await readAttachment(db, user, params.id, root)),
  });
}
