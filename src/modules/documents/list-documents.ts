import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assistRequests, orgUnits } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { findDisposal } from '../disposals/get-disposal.js';
import { assistAddressee } from './assist-letter.js';
import { documentKinds, type DocumentKind } from './document-numbers.js';
import { documentContext, firstIssue } from './document-register.js';
import { documentRefusal } from './document-rules.js';

export interface AvailableDocument {
  kind: DocumentKind;
  name: string;
  /** Set once the document was first issued (or, for an extension, approved). */
  documentNo: string | null;
  /** Issued already: GET `href` downloads it; else POST to the kind's URL issues it (takes the number). */
  issued: boolean;
  assistId?: string;
  addressee?: string;
  /** GET this to download the issued .docx. */
  href: string;
}

/**
 * The documents the user may issue or download for a disposal, so the web shows exactly
 * these buttons (the same rules as generation, document-rules.ts).
 */
export async function listDocuments(db: Db, user: SessionUser, disposalId: string, now = new Date()): Promise<{ items: AvailableDocument[] }> {
  const disposal = await findDisposal(db, user, disposalId);
  const context = await documentContext(db, user, disposal, now);
  const base = `/api/disposals/${disposal.id}/documents`;
  const [notice, supervision, assists] = await Promise.all([
    firstIssue(db, disposal.id, 'resultNotice'),
    firstIssue(db, disposal.id, 'supervision', { issuingUnitId: user.unit.id }),
    db
      .select({ assist: assistRequests, toUnitName: orgUnits.name })
      .from(assistRequests)
      .leftJoin(orgUnits, eq(orgUnits.id, assistRequests.toUnitId))
      .where(eq(assistRequests.disposalId, disposal.id)),
  ]);
  const candidates: (Omit<AvailableDocument, 'issued'> & { numbered: boolean })[] = [
    { kind: 'resultNotice', name: documentKinds.resultNotice.name, documentNo: notice?.documentNo ?? null, numbered: Boolean(notice), href: `${base}/resultNotice` },
    ...assists.map(({ assist, toUnitName }) => ({
      kind: 'assistRequest' as const,
      name: documentKinds.assistRequest.name,
      documentNo: assist.documentNo,
      numbered: Boolean(assist.documentNo),
      assistId: assist.id,
      addressee: assistAddressee({ ...assist, toUnitName }),
      href: `${base}/assistRequest?assistId=${assist.id}`,
    })),
    { kind: 'extension', name: documentKinds.extension.name, documentNo: disposal.extension?.documentNo ?? null, numbered: true, href: `${base}/extension` },
    { kind: 'supervision', name: documentKinds.supervision.name, documentNo: supervision?.documentNo ?? null, numbered: Boolean(supervision), href: `${base}/supervision` },
  ];
  return {
    items: candidates.filter((c) => !documentRefusal(c.kind, context, c.numbered)).map(({ numbered, ...doc }) => ({ ...doc, issued: numbered })),
  };
}
