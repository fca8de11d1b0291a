/** Reply contracts of a disposal's documents (文书): which the user may issue or download. */
import { z } from 'zod';

export const documentKind = z.enum(['resultNotice', 'assistRequest', 'extension', 'supervision']);

export const availableDocument = z.object({
  kind: documentKind,
  name: z.string(),
  /** Set once the document was first issued (or, for an extension, approved). */
  documentNo: z.string().nullable(),
  /** Issued already: GET `href` downloads it; else POST to the kind's URL issues it (takes the number). */
  issued: z.boolean(),
  /** An assist letter's 协查 and the bureau it is addressed to. */
  assistId: z.string().optional(),
  addressee: z.string().optional(),
  href: z.string(),
});
export type AvailableDocument = z.infer<typeof availableDocument>;

export const documentList = z.object({ items: z.array(availableDocument) });
