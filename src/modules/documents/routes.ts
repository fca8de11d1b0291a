import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { DOCX, sendFile } from '../../http/file-reply.js';
import { documentKinds, type DocumentKind } from './document-numbers.js';
import { issueDocument, readIssuedDocument, type GeneratedDocument } from './generate-document.js';
import { listDocuments } from './list-documents.js';
import { documentList } from '../../contracts/documents.js';

const kinds = Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]];

export function registerDocumentRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/disposals/:id/documents',
    summary: '本人可出具或下载的核查处置文书：{ items: [{ kind, name, documentNo, issued, assistId?, addressee?, href }] }；issued 为 false 时以 POST href（去掉查询串，assistId 放在正文）出具',
    tags: ['documents'],
    permission: 'disposal.read',
    params: idParams,
    reply: documentList,
    handler: async ({ user, params }) => listDocuments(db, user, params.id),
  });
  const kindParams = idParams.extend({ kind: z.enum(kinds, { message: '未知的文书类型' }) });
  const assistId = z.uuid({ message: '协查请求编号格式不正确' }).optional();
  const sendDocx = (reply: FastifyReply, doc: GeneratedDocument) => {
    // The number, for the web to show without opening the file (URI-encoded: headers are Latin-1).
    reply.header('x-document-no', encodeURIComponent(doc.documentNo));
    return sendFile(reply, { fileName: doc.fileName, contentType: DOCX, body: doc.content }, { noStore: true });
  };
  route(api, {
    method: 'POST',
    url: '/api/disposals/:id/documents/:kind',
    summary: '出具文书并下载（.docx）：resultNotice 检验结果通知书、assistRequest 协查函（assistId）、extension 延期审批表、supervision 督办函；首次出具时取号并记入审计，再次出具文号与日期不变',
    tags: ['documents'],
    permission: 'disposal.read',
    params: kindParams,
    body: z.object({ assistId }),
    handler: async ({ user, params, body, ip, reply }) =>
      sendDocx(reply, await issueDocument(db, user, { disposalId: params.id, kind: params.kind, assistId: body.assistId }, ip)),
  });
  route(api, {
    method: 'GET',
    url: '/api/disposals/:id/documents/:kind',
    summary: '下载已出具的文书（.docx，文号与日期不变；不取号、不改变任何数据）；尚未出具的答 404',
    tags: ['documents'],
    permission: 'disposal.read',
    params: kindParams,
    query: z.object({ assistId }),
    handler: async ({ user, params, query, reply }) =>
      sendDocx(reply, await readIssuedDocument(db, user, { disposalId: params.id, kind: params.kind, assistId: query.assistId })),
  });
}
