/** Reply contracts of the evidence files (证据材料): what an upload answers and how records list their files. */
import { z } from 'zod';
import { timestamp } from './common.js';

/** An evidence file as replies list it (the stored path never leaves the server). */
export const attachmentRef = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number(),
  sha256: z.string(),
  uploadedByUserId: z.string().nullable(),
  createdAt: timestamp,
  /** GET downloads it. */
  href: z.string(),
});
export type Attachment = z.infer<typeof attachmentRef>;

/** What an upload answers: the file, and the disposal step it evidences (null: the disposal itself). */
export const uploadedAttachment = attachmentRef.extend({ stepKind: z.string().nullable() });
export type UploadedAttachment = z.infer<typeof uploadedAttachment>;
