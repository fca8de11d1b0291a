/** Which evidence files the server takes (src/modules/attachments/file-types.ts), checked before sending. */
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx';
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export type AttachmentRefusal = 'type' | 'size' | null;

export function attachmentRefusal(file: { name: string; size: number }): AttachmentRefusal {
  if (!/\.(jpe?g|png|pdf|docx?|xlsx?)$/i.test(file.name)) return 'type';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'size';
  return null;
}

/** 12 KB, 3.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
