import { rm } from 'node:fs/promises';
import { z } from 'zod';
import type { MultipartFile } from '@fastify/multipart';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { DomainError } from '../../domain/errors.js';
import { uploadedAttachment } from '../../contracts/attachments.js';
import { attachFile, assertAttachable } from './attach-file.js';
import { contentDisposition, readAttachment } from './read-attachment.js';
import { ATTACHMENT_MAX_BYTES, attachmentsRootOf, receiveUpload, type ReceivedUpload } from './receive-upload.js';

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
    handler: async ({ user, params, request, reply, ip }) => {
      if (!request.isMultipart()) throw new DomainError('BAD_REQUEST', { file: '请以 multipart/form-data 上传文件' });
      await assertAttachable(db, user, params.id);
      const fields: Record<string, string> = {};
      let upload: ReceivedUpload | null = null;
      try {
        for await (const part of request.parts({ limits: { fileSize: maxBytes + 1, files: 1 } })) {
          if (part.type !== 'file') {
            fields[part.fieldname] = String(part.value);
            continue;
          }
          const file = part as MultipartFile;
          if (upload || file.fieldname !== 'file') {
            file.file.resume();
            continue;
          }
          upload = await receiveUpload(root, { fileName: file.filename, stream: file.file, maxBytes });
        }
        if (!upload) throw new DomainError('VALIDATION_FAILED', { file: '请选择要上传的文件' });
        const parsed = fieldsSchema.parse(fields);
        reply.status(201);
        return await attachFile(db, user, { disposalId: params.id, stepKind: parsed.stepKind, upload }, root, ip);
      } catch (error) {
        // A refused request keeps no bytes (attachFile removes its own on failure).
        if (upload) await rm(upload.tempPath, { force: true });
        throw error;
      }
    },
  });

  route(api, {
    method: 'GET',
    url: '/api/attachments/:id',
    summary: '下载证据材料（仅限可查看所属记录的用户）',
    tags: ['attachments'],
    permission: 'disposal.read',
    params: idParams,
    handler: async ({ user, params, reply }) => {
      const { attachment, open } = await readAttachment(db, user, params.id, root);
      reply.header('content-type', attachment.mimeType);
      reply.header('content-length', attachment.bytes);
      reply.header('content-disposition', contentDisposition(attachment.fileName));
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', 'private, no-store');
      return reply.send(open());
    },
  });
}
