import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../domain/errors.js';
import { ACCEPTED_TYPES_TEXT, checkHead, cleanFileName, extensionOf, fileTypes, HEAD_BYTES, markerScanner, type FileExtension } from './file-types.js';

/** DATA_DIR/attachments, next to the import uploads (DATA_DIR/uploads): every evidence file lives under it. */
export function attachmentsRootOf(uploadDir: string): string {
  return join(dirname(uploadDir), 'attachments');
}

/** 20 MB: a phone photo or a scanned report fits; a video does not. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReceivedUpload {
  /** Where the bytes wait until the attachment is recorded (under the attachments root). */
  tempPath: string;
  fileName: string;
  ext: FileExtension;
  mimeType: string;
  sha256: string;
  bytes: number;
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`);

/**
 * Streams an upload to a temporary file while hashing it, counting it against the limit and
 * checking that its content is what its extension says (the head as it arrives, a container's
 * part names by the end). Anything refused is deleted before the error is thrown.
 */
export async function receiveUpload(root: string, input: { fileName: string; stream: Readable; maxBytes: number }): Promise<ReceivedUpload> {
  const fileName = cleanFileName(input.fileName);
  const ext = extensionOf(fileName);
  if (!ext) {
    input.stream.resume();
    throw new DomainError('VALIDATION_FAILED', { file: `只能上传 ${ACCEPTED_TYPES_TEXT} 文件` });
  }
  const incoming = join(root, '.incoming');
  await mkdir(incoming, { recursive: true });
  const tempPath = join(incoming, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  const marker = markerScanner('marker' in fileTypes[ext] ? (fileTypes[ext] as { marker: Buffer }).marker : undefined);
  let bytes = 0;
  let head: Buffer | null = Buffer.alloc(0);
  const judgeHead = () => {
    const reason = checkHead(ext, head!);
    head = null;
    if (reason) throw new DomainError('VALIDATION_FAILED', { file: reason });
  };
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > input.maxBytes) return done(new DomainError('PAYLOAD_TOO_LARGE', { file: `文件不能超过 ${sizeText(input.maxBytes)}` }));
      try {
        if (head) {
          head = Buffer.concat([head, chunk]);
          if (head.length >= HEAD_BYTES) judgeHead();
        }
        marker.push(chunk);
      } catch (error) {
        return done(error as Error);
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(input.stream, tap, createWriteStream(tempPath));
    if (bytes === 0) throw new DomainError('VALIDATION_FAILED', { file: '文件为空' });
    if (head) judgeHead();
    if (!marker.found) throw new DomainError('VALIDATION_FAILED', { file: `文件内容与扩展名 .${ext} 不符` });
  } catch (error) {
    await rm(tempPath, { force: true });
    input.stream.resume();
    throw error;
  }
  return { tempPath, fileName, ext, mimeType: fileTypes[ext].mime, sha256: hash.digest('hex'), bytes };
}
