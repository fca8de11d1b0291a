import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assistRequests, disposals, orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { setAssistLetterNumber } from '../disposals/assist-letter-number.js';
import { findDisposal } from '../disposals/get-disposal.js';
import { assistLetterSpec } from './assist-letter.js';
import { issuerName, loadDisposalFacts, type DisposalFacts } from './document-facts.js';
import { documentKinds, nextDocumentNo, type DocumentKind } from './document-numbers.js';
import { documentContext, firstIssue } from './document-register.js';
import { documentRefusal, type DocumentContext } from './document-rules.js';
import { extensionFormSpec } from './extension-form.js';
import { renderOfficialDocument, type OfficialDocumentSpec } from './official-layout.js';
import { resultNoticeSpec } from './result-notice.js';
import { supervisionLetterSpec } from './supervision-letter.js';

export interface DocumentRequest {
  disposalId: string;
  kind: DocumentKind;
  /** 协查函: which assist request of the disposal. */
  assistId?: string;
}

export interface GeneratedDocument {
  kind: DocumentKind;
  documentNo: string;
  fileName: string;
  content: Buffer;
}

interface Issue {
  documentNo: string;
  issuingUnitId: string;
  /** This generation took the number. */
  firstIssue: boolean;
  assistRequestId?: string;
  spec: OfficialDocumentSpec;
}

/**
 * Issues (出具) a document of a disposal and returns it as .docx: POST, never GET, because it
 * changes state. The first issue takes the next number of the issuing unit; issuing it again
 * prints the same number and date. Read scope, then the document rules (document-rules.ts); one
 * transaction takes the number and writes the `document.generate` audit row. The disposal row is
 * locked meanwhile, so two officers issuing at once get one number.
 */
export async function issueDocument(db: Db, user: SessionUser, input: DocumentRequest, ip: string | null, now = new Date()): Promise<GeneratedDocument> {
  return db.transaction(async (tx) => {
    await findDisposal(tx, user, input.disposalId);
    const [disposal] = await tx.select().from(disposals).where(eq(disposals.id, input.disposalId)).for('update');
    const context = await documentContext(tx, user, disposal, now);
    const facts = await loadDisposalFacts(tx, disposal);
    const issue = await issuers[input.kind]({ tx, user, facts, context, input, now, mode: 'issue' });
    const content = await renderOfficialDocument(issue.spec);
    await recordAudit(tx, actorOf(user, ip), {
      action: 'document.generate',
      entityType: 'disposal',
      entityId: disposal.id,
      after: { kind: input.kind, documentNo: issue.documentNo, issuingUnitId: issue.issuingUnitId, assistRequestId: issue.assistRequestId, firstIssue: issue.firstIssue },
    });
    return { kind: input.kind, documentNo: issue.documentNo, fileName: fileNameOf(input.kind, disposal), content };
  });
}

/**
 * Downloads a document already issued, with its number and date: GET, so it changes nothing (no
 * number, no audit row). A document not yet issued is answered 404 ("尚未出具").
 */
export async function readIssuedDocument(db: Db, user: SessionUser, input: DocumentRequest, now = new Date()): Promise<GeneratedDocument> {
  const disposal = await findDisposal(db, user, input.disposalId);
  const context = await documentContext(db, user, disposal, now);
  const facts = await loadDisposalFacts(db, disposal);
  // Reads only: the transaction type is what the issuers share with issueDocument.
  const issue = await issuers[input.kind]({ tx: db as unknown as Tx, user, facts, context, input, now, mode: 'read' });
  return { kind: input.kind, documentNo: issue.documentNo, fileName: fileNameOf(input.kind, disposal), content: await renderOfficialDocument(issue.spec) };
}

const fileNameOf = (kind: DocumentKind, disposal: { sampleNo: string }) => `${documentKinds[kind].name}-${disposal.sampleNo}.docx`;

function notIssued(kind: DocumentKind): never {
  throw new DomainError('DOCUMENT_NOT_ISSUED', { document: kind }, { document: documentKinds[kind].name });
}

interface IssueInput {
  tx: Tx;
  user: SessionUser;
  facts: DisposalFacts;
  context: DocumentContext;
  input: DocumentRequest;
  now: Date;
  /** issue: take a number if there is none (POST); read: only a document already issued (GET). */
  mode: 'issue' | 'read';
}

function refuse(kind: DocumentKind, context: DocumentContext, numbered: boolean) {
  const refusal = documentRefusal(kind, context, numbered);
  if (refusal) throw refusal;
}

/** How each kind finds or takes its number, and what it prints. */
const issuers: Record<DocumentKind, (i: IssueInput) => Promise<Issue>> = {
  async resultNotice({ tx, facts, context, now, mode }) {
    const { disposal } = facts;
    const prior = await firstIssue(tx, disposal.id, 'resultNotice');
    refuse('resultNotice', context, Boolean(prior));
    if (!prior && mode === 'read') notIssued('resultNotice');
    const documentNo = prior?.documentNo ?? (await nextDocumentNo(tx, disposal.ownerUnitId, 'resultNotice', now));
    const date = toLocalDate(prior?.at ?? now);
    const spec = resultNoticeSpec(facts, { issuer: await issuerName(tx, disposal.ownerUnitId), documentNo, date });
    return { documentNo, issuingUnitId: disposal.ownerUnitId, firstIssue: !prior, spec };
  },

  async assistRequest({ tx, user, facts, context, input, now, mode }) {
    const { disposal } = facts;
    if (!input.assistId) throw new DomainError('VALIDATION_FAILED', { assistId: '请指定协查请求' });
    const [row] = await tx
      .select({ assist: assistRequests, toUnitName: orgUnits.name })
      .from(assistRequests)
      .leftJoin(orgUnits, eq(orgUnits.id, assistRequests.toUnitId))
      .where(and(eq(assistRequests.id, input.assistId), eq(assistRequests.disposalId, disposal.id)))
      .limit(1);
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'assistRequest', id: input.assistId });
    const { assist } = row;
    refuse('assistRequest', context, Boolean(assist.documentNo));
    if (!assist.documentNo && mode === 'read') notIssued('assistRequest');
    let documentNo = assist.documentNo;
    if (!documentNo) {
      documentNo = await nextDocumentNo(tx, assist.fromUnitId, 'assistRequest', now);
      // Write-once: the number belongs to the letter, not to the request's editable state.
      await setAssistLetterNumber(tx, assist.id, documentNo);
    }
    const prior = await firstIssue(tx, disposal.id, 'assistRequest', { assistRequestId: assist.id });
    const spec = assistLetterSpec(facts, { ...assist, toUnitName: row.toUnitName }, {
      issuer: await issuerName(tx, assist.fromUnitId),
      documentNo,
      date: toLocalDate(prior?.at ?? now),
      contact: context.owns ? user.displayName : '',
    });
    return { documentNo, issuingUnitId: assist.fromUnitId, firstIssue: !assist.documentNo, assistRequestId: assist.id, spec };
  },

  async extension({ tx, facts, context }) {
    const { disposal } = facts;
    refuse('extension', context, true);
    const spec = extensionFormSpec(facts, { issuer: await issuerName(tx, disposal.ownerUnitId) });
    return { documentNo: disposal.extension!.documentNo, issuingUnitId: disposal.ownerUnitId, firstIssue: false, spec };
  },

  async supervision({ tx, user, facts, context, now, mode }) {
    const { disposal } = facts;
    const prior = await firstIssue(tx, disposal.id, 'supervision', { issuingUnitId: user.unit.id });
    refuse('supervision', context, Boolean(prior));
    if (!prior && mode === 'read') notIssued('supervision');
    const documentNo = prior?.documentNo ?? (await nextDocumentNo(tx, user.unit.id, 'supervision', now));
    const asOf = prior?.at ?? now;
    const spec = supervisionLetterSpec(facts, { issuer: await issuerName(tx, user.unit.id), documentNo, date: toLocalDate(asOf), asOf });
    return { documentNo, issuingUnitId: user.unit.id, firstIssue: !prior, spec };
  },
};
