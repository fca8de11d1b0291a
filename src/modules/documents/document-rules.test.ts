import { describe, expect, it } from 'vitest';
import { documentRefusal, type DocumentContext } from './document-rules.js';
import type { DocumentKind } from './document-numbers.js';

const owner: DocumentContext = { owns: true, supervises: false, disposalKind: 'disposal', status: 'in_progress', overdue: false, extended: false };
const division: DocumentContext = { ...owner, owns: false, supervises: true };
const assisting: DocumentContext = { ...owner, owns: false };

describe('who may have which document', () => {
  it.each<[string, DocumentKind, DocumentContext, boolean, string | null]>([
    ['the owner issues the result notice', 'resultNotice', owner, false, null],
    ['a division cannot issue the result notice', 'resultNotice', division, false, 'DOCUMENT_RESULT_NOTICE_BY_OWNER'],
    ['no result notice for a risk-monitoring finding', 'resultNotice', { ...owner, disposalKind: 'monitoring' }, false, 'DOCUMENT_NO_RESULT_NOTICE_FOR_MONITORING'],
    ['no first result notice for a voided disposal', 'resultNotice', { ...owner, status: 'voided' }, false, 'DOCUMENT_DISPOSAL_VOIDED'],
    ['an issued result notice can be printed again after voiding', 'resultNotice', { ...owner, status: 'voided' }, true, null],
    ['the owner numbers the assist letter', 'assistRequest', owner, false, null],
    ['the bureau asked cannot number it', 'assistRequest', assisting, false, 'DOCUMENT_ASSIST_LETTER_NOT_ISSUED'],
    ['the bureau asked reads a numbered one', 'assistRequest', assisting, true, null],
    ['no extension form without an extension', 'extension', owner, true, 'DOCUMENT_NO_EXTENSION'],
    ['the owner prints the approved extension', 'extension', { ...owner, extended: true }, true, null],
    ['a division cannot print the extension form', 'extension', { ...division, extended: true }, true, 'DOCUMENT_EXTENSION_FORM_BY_OWNER'],
    ['the owner cannot supervise itself', 'supervision', { ...owner, overdue: true }, false, 'DOCUMENT_SUPERVISION_LETTER_BY_SUPERVISOR'],
    ['no supervision before the deadline passes', 'supervision', division, false, 'DOCUMENT_NOT_OVERDUE'],
    ['a division supervises an overdue disposal', 'supervision', { ...division, overdue: true }, false, null],
    ['an issued supervision letter stays available', 'supervision', { ...division, status: 'closed' }, true, null],
  ])('%s', (_name, kind, context, numbered, code) => {
    expect(documentRefusal(kind, context, numbered)?.code ?? null).toBe(code);
  });
});
