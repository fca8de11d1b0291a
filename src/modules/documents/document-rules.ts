import { DomainError } from '../../domain/errors.js';
import type { DocumentKind } from './document-numbers.js';

/** What decides whether a user may have a document of a disposal (all derived from the record). */
export interface DocumentContext {
  /** The user works in the owner bureau's subtree (本级及上级 of the owner). */
  owns: boolean;
  /** The user's unit is 抽检监测处 or the disposal's guiding division. */
  supervises: boolean;
  /** disposal | monitoring */
  disposalKind: string;
  status: string;
  overdue: boolean;
  extended: boolean;
}

/**
 * Who may generate which document, as data. Anyone who reads the disposal has reached this far;
 * `numbered` says the document already has its number (regenerating never takes a new one).
 * 1. 检验结果通知书: the owner's scope; not for risk-monitoring findings (实施条例 art. 7 has its
 *    own notification); a first one not for a voided disposal.
 * 2. 协查函: numbered by the owner's scope; once numbered, every reader (the bureau asked
 *    included) may download it.
 * 3. 延期审批表: the owner's scope, once an extension was approved (it carries that number).
 * 4. 督办函: 抽检监测处 or the guiding division; a first one only while the disposal is overdue.
 */
export function documentRefusal(kind: DocumentKind, c: DocumentContext, numbered: boolean): DomainError | null {
  const voided = !numbered && c.status === 'voided' ? new DomainError('DOCUMENT_DISPOSAL_VOIDED', { status: c.status }) : null;
  switch (kind) {
    case 'resultNotice':
      if (!c.owns) return new DomainError('DOCUMENT_RESULT_NOTICE_BY_OWNER', { document: kind });
      if (c.disposalKind === 'monitoring') return new DomainError('DOCUMENT_NO_RESULT_NOTICE_FOR_MONITORING', { document: kind });
      return voided;
    case 'assistRequest':
      if (!numbered && !c.owns) return new DomainError('DOCUMENT_ASSIST_LETTER_NOT_ISSUED', { document: kind });
      return voided;
    case 'extension':
      if (!c.owns) return new DomainError('DOCUMENT_EXTENSION_FORM_BY_OWNER', { document: kind });
      if (!c.extended) return new DomainError('DOCUMENT_NO_EXTENSION', { document: kind });
      return null;
    case 'supervision':
      if (!c.supervises) return new DomainError('DOCUMENT_SUPERVISION_LETTER_BY_SUPERVISOR', { document: kind });
      if (!numbered && !c.overdue) return new DomainError('DOCUMENT_NOT_OVERDUE', { document: kind });
      return null;
  }
}
