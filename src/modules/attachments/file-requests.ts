import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { receiveUpload, type ReceivedUpload } from './receive-upload.js';

/**
 * The one way a route takes a file (disposal evidence, case materials, notice and meeting files):
 * a multipart request whose `file` part is received into the upload area (type checked by content,
 * size limited) and whose other fields are collected. `check` runs first, so nothing a user may
 * not attach touches the disk; `store` then records it. A refused request keeps no bytes (the
 * storing use case removes its own on failure).
 */
export async function receiveFileRequest<T>(
  request: FastifyRequest,
  options: { root: string; maxBytes: number; check: () => Promise<unknown> },
  store: (upload: ReceivedUpload, fields: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) throw new DomainError('BAD_REQUEST', { file: '请以 multipart/form-data 上传文件' });
  await options.check();
  const fields: Record<string, string> = {};
  let upload: ReceivedUpload | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: options.maxBytes + 1, files: 1 } })) {
      if (part.type !== 'file') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const file = part as MultipartFile;
      if (upload || file.fieldname !== 'file') {
        file.file.resume();
        continue;
      }
      upload = await receiveUpload(options.root, { fileName: file.filename, stream: file.file, maxBytes: options.maxBytes });
    }
    if (!upload) throw new DomainError('VALIDATION_FAILED', { file: '请选择要上传的文件' });
    return await store(upload, fields);
  } catch (error) {
    if (upload) await rm(upload.tempPath, { force: true });
    throw error;
  }
}

/** Sends a stored file as a download: its type and size, a Chinese-safe file name, never sniffed or cached. */
export function sendAttachment(reply: FastifyReply, file: { attachment: { mimeType: string; bytes: number; fileName: string }; open: () => Readable }) {
  reply.header('content-type', file.attachment.mimeType);
  reply.header('content-length', file.attachment.bytes);
  reply.header('content-disposition', contentDisposition(file.attachment.fileName));
  reply.header('x-content-type-options', 'nosniff');
  reply.header('cache-control', 'private, no-store');
  return reply.send(file.open());
}

/** Content-Disposition for a Chinese file name: RFC 6266 / 5987, with an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
