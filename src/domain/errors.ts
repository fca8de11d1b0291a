import { assessmentErrors } from './errors/assessment.js';
import { caseErrors } from './errors/cases.js';
import { commonErrors } from './errors/common.js';
import { complaintErrors } from './errors/complaints.js';
import { creditErrors } from './errors/credit.js';
import { disposalErrors } from './errors/disposals.js';
import { noticeErrors } from './errors/notices.js';
import { objectionErrors } from './errors/objections.js';
import { opinionErrors } from './errors/opinion.js';
import { riskMeetingErrors } from './errors/risk-meetings.js';
import { signalErrors } from './errors/signals.js';
import { publicationErrors } from './errors/publication.js';
import { samplingErrors } from './errors/sampling.js';
import { supervisionErrors } from './errors/supervision.js';

/**
 * The one list of error codes, kept per area in `./errors/`. Each code has the HTTP status it
 * maps to and the Chinese message the UI shows; a `{name}` in the message is filled from the
 * error's params. One code means one thing: a refusal that needs other words gets its own code,
 * never a message written at the throw. `details` carry field-level information
 * ({ field: message } or a list of rows).
 */
export const errorCatalog = {
  ...commonErrors,
  ...caseErrors,
  ...creditErrors,
  ...disposalErrors,
  ...objectionErrors,
  ...publicationErrors,
  ...samplingErrors,
  ...supervisionErrors,
  ...noticeErrors,
  ...riskMeetingErrors,
  ...complaintErrors,
  ...opinionErrors,
  ...assessmentErrors,
  ...signalErrors,
} as const satisfies Record<string, { status: number; message: string }>;

/** The catalogue by area, in the order docs/api.md lists it (errors.test.ts checks the list). */
export const errorAreas = [
  { title: 'Common', codes: commonErrors },
  { title: 'Cases (稽查案件)', codes: caseErrors },
  { title: 'Credit (信用)', codes: creditErrors },
  { title: 'Disposals, assists and documents (核查处置、协查、文书)', codes: disposalErrors },
  { title: 'Objections and retests (异议、复检)', codes: objectionErrors },
  { title: 'Publication (信息公布、消费提示、标准解读)', codes: publicationErrors },
  { title: 'Sampling plans and suggestions (抽检计划、抽检建议)', codes: samplingErrors },
  { title: 'Urgent reports, escalations, reconciliation, work items, imports', codes: supervisionErrors },
  { title: 'Notices (信息通报)', codes: noticeErrors },
  { title: 'Risk meetings (风险研判、领导小组)', codes: riskMeetingErrors },
  { title: 'Complaints, 12345 transfers and intake (投诉举报、12345转办件、接入)', codes: complaintErrors },
  { title: 'Opinion events (舆情事件、舆情监测)', codes: opinionErrors },
  { title: 'Assessment (考核评价)', codes: assessmentErrors },
  { title: 'Risk signals (风险信号)', codes: signalErrors },
] as const;

export type ErrorCode = keyof typeof errorCatalog;

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a code's message needs: one per placeholder. */
export type ErrorParams<C extends ErrorCode> = { [Name in Placeholders<(typeof errorCatalog)[C]['message']>]: string | number };

/** Codes whose message needs no values. */
export type PlainErrorCode = { [C in ErrorCode]: [Placeholders<(typeof errorCatalog)[C]['message']>] extends [never] ? C : never }[ErrorCode];

/** Params are required exactly when the code's message has placeholders. */
type ParamsArg<C extends ErrorCode> = [Placeholders<(typeof errorCatalog)[C]['message']>] extends [never] ? [] : [params: ErrorParams<C>];

/** A reason to refuse, decided before the error is thrown (rules return it; the caller adds details). */
export type Refusal = { [C in ErrorCode]: ParamsArg<C> extends [] ? { code: C } : { code: C; params: ErrorParams<C> } }[ErrorCode];

/** The catalogue message of a code with its placeholders filled. */
export function errorMessage(code: ErrorCode, params?: Record<string, string | number>): string {
  const template: string = errorCatalog[code].message;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (params && name in params ? String(params[name]) : placeholder));
}

export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly details: unknown;
  readonly params: Record<string, string | number> | null;

  constructor(code: C, details?: unknown, ...rest: ParamsArg<C>) {
    const params = (rest as [ErrorParams<C>?])[0] as Record<string, string | number> | undefined;
    super(errorMessage(code, params));
    this.name = 'DomainError';
    this.code = code;
    this.details = details ?? null;
    this.params = params ?? null;
  }

  /** The error of a refusal a rule returned, with the details the caller knows. */
  static of(refusal: Refusal, details?: unknown): DomainError {
    const make = DomainError as unknown as new (code: ErrorCode, details: unknown, params?: Record<string, string | number>) => DomainError;
    return new make(refusal.code, details, 'params' in refusal ? refusal.params : undefined);
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
