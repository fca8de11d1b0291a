/**
 * The evidence files an official may attach, and how each is recognised by its content. A file
 * is accepted only when its extension is allowed AND its bytes are that kind of file: a renamed
 * program, or a .docx that is really a spreadsheet, is refused.
 */
export const fileTypes = {
  jpg: { mime: 'image/jpeg', magic: 'jpeg' },
  jpeg: { mime: 'image/jpeg', magic: 'jpeg' },
  png: { mime: 'image/png', magic: 'png' },
  pdf: { mime: 'application/pdf', magic: 'pdf' },
  doc: { mime: 'application/msword', magic: 'ole', marker: utf16('WordDocument') },
  xls: { mime: 'application/vnd.ms-excel', magic: 'ole', marker: utf16('Workbook') },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: 'zip', marker: Buffer.from('word/document') },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: 'zip', marker: Buffer.from('xl/workbook') },
} as const satisfies Record<string, { mime: string; magic: Magic; marker?: Buffer }>;

export type FileExtension = keyof typeof fileTypes;
type Magic = 'jpeg' | 'png' | 'pdf' | 'ole' | 'zip';

export const ACCEPTED_TYPES_TEXT = 'jpg、png、pdf、doc、docx、xls、xlsx';

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** Bytes a file must start with (a PDF may have up to 1 KB of junk before "%PDF-", as readers allow). */
const signatures: Record<Magic, (head: Buffer) => boolean> = {
  jpeg: (h) => h.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  png: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  pdf: (h) => h.subarray(0, 1024).includes('%PDF-'),
  ole: (h) => h.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
  zip: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
};

/** Bytes of the head needed to judge every signature. */
export const HEAD_BYTES = 1024;

const typeNames: Record<Magic, string> = { jpeg: 'JPEG 图片', png: 'PNG 图片', pdf: 'PDF 文件', ole: 'Office 文件', zip: 'Office 文件' };

/** The file's own name, without any folder a browser sent, control characters or excess length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
}

/** The allowed extension of a file name, or null. */
export function extensionOf(fileName: string): FileExtension | null {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  const ext = match?.[1].toLowerCase();
  return ext && ext in fileTypes ? (ext as FileExtension) : null;
}

/** Whether the head of the content matches the extension; the Chinese reason when it does not. */
export function checkHead(ext: FileExtension, head: Buffer): string | null {
  const magic = fileTypes[ext].magic;
  return signatures[magic](head) ? null : `文件内容不是${typeNames[magic]}，与扩展名 .${ext} 不符`;
}

/**
 * Finds a marker anywhere in a stream of chunks (a container's part name: word/document in a
 * .docx, the WordDocument stream of a .doc), across chunk boundaries.
 */
export function markerScanner(marker: Buffer | undefined) {
  let found = !marker;
  let tail = Buffer.alloc(0);
  return {
    push(chunk: Buffer) {
      if (found || !marker) return;
      const window = Buffer.concat([tail, chunk]);
      if (window.includes(marker)) found = true;
      else tail = window.subarray(Math.max(0, window.length - marker.length + 1));
    },
    get found() {
      return found;
    },
  };
}
