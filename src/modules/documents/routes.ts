import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../server/api-route.js';
import { documentKinds, type DocumentKind } from './document-numbers.js';
import { generateDocument } from './generate-document.js';
import { listDocuments } from './list-documents.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const kinds = Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]];

export function registerDocumentRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/disposals/:id/documents',
    summary: '本人可出具或下载的核查处置文书：{ items: [{ kind, name, documentNo, assistId?, addressee?, href }] }',
    tags: ['documents'],
    permission: 'disposal.read',
    params: idParams,
    handler: async ({ user, params }) => listDocuments(db, user, params.id),
  });
  route(api, {
    method: 'GET',
    url: '/api/disposals/:id/documents/:kind',
    summary: '生成文书（.docx）：resultNotice 检验结果通知书、assistRequest 协查函（assistId）、extension 延期审批表、supervision 督办函；首次生成时取号，再次生成文号不变',
    tags: ['documents'],
    permission: 'disposal.read',
    params: idParams.extend({ kind: z.enum(kinds, { message: '未知的文书类型' }) }),
    query: z.object({ assistId: z.uuid({ message: '协查请求编号格式不正确' }).optional() }),
    handler: async ({ user, params, query, ip, reply }) => {
      const doc = await generateDocument(db, user, { disposalId: params.id, kind: params.kind, assistId: query.assistId }, ip);
      reply.header('content-type', DOCX);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
      // The number, for the web to show without opening the file (URI-encoded: headers are Latin-1).
      reply.header('x-document-no', encodeURIComponent(doc.documentNo));
      reply.header('cache-control', 'no-store');
      return reply.send(doc.content);
    },
  });
}
