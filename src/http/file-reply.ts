import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Sends a generated file (a Word document, a workbook) as a download: its type and its Chinese
 * name, URI-encoded (RFC 5987: headers are Latin-1). `noStore` for files of one user's scope that a
 * shared cache must never keep.
 */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; body: Buffer | Uint8Array | Readable }, options: { noStore?: boolean } = {}) {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  if (options.noStore) reply.header('cache-control', 'no-store');
  return reply.send(file.body);
}
