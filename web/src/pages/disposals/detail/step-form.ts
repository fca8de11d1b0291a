/**
 * The step forms (登记) as data: which facts each step carries (src/modules/disposals/step-details.ts),
 * how the form's values become the API body, the field names the server may report errors on
 * (`details.recallLevel` …), and how a recorded step's facts read on screen.
 */
import type { Dayjs } from 'dayjs';
import { stepFactsMessages } from '../messages';
import type { StepBody, StepKind } from '../disposals-api';

const f = stepFactsMessages;

export type CaseFiled = 'filed' | 'notFiled';

export interface StepValues {
  doneOn?: Dayjs | null;
  text?: string;
  /** 行政处罚: whether a case was filed (decides between caseNo and noCaseReason). */
  caseFiled?: CaseFiled;
  details?: Record<string, unknown>;
}

/** The facts each step's form asks for, under `details`. */
export const stepDetailFields: Record<StepKind, string[]> = {
  notice: ['deliveredTo', 'method'],
  riskControl: ['measures', 'sealedQuantity', 'recalledQuantity', 'destroyedQuantity', 'quantityUnit', 'recallLevel', 'recallAnnouncedOn'],
  causeInvestigation: ['cause'],
  rectification: ['measures', 'verified'],
  penalty: ['caseNo', 'noCaseReason', 'amount'],
  disclosure: ['channel', 'url'],
  enterpriseReport: ['summary'],
};

/** Every field of a step's form, as the server names them in error details. */
export function stepFieldNames(kind: StepKind): string[] {
  return ['doneOn', 'text', ...stepDetailFields[kind].map((name) => `details.${name}`)];
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** Leaves out what was not filled in: the server treats absent and empty differently. */
function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .map(([k, v]) => [k, text(v)] as const)
      .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

function details(kind: StepKind, d: Record<string, unknown>, caseFiled: CaseFiled | undefined): Record<string, unknown> {
  const pick = (...names: string[]) => compact(Object.fromEntries(names.map((n) => [n, d[n]])));
  switch (kind) {
    case 'riskControl': {
      const measures = Array.isArray(d.measures) ? (d.measures as string[]) : [];
      const facts = pick('sealedQuantity', 'recalledQuantity', 'destroyedQuantity', 'quantityUnit');
      // The recall level and its announcement day belong to a recall only.
      const announced = d.recallAnnouncedOn && typeof (d.recallAnnouncedOn as Dayjs).format === 'function' ? (d.recallAnnouncedOn as Dayjs).format('YYYY-MM-DD') : undefined;
      return { measures, ...facts, ...(measures.includes('召回') ? { ...pick('recallLevel'), ...(announced ? { recallAnnouncedOn: announced } : {}) } : {}) };
    }
    case 'rectification':
      return { ...pick('measures'), verified: d.verified === true };
    case 'penalty':
      return caseFiled === 'notFiled' ? pick('noCaseReason') : pick('caseNo', 'amount');
    default:
      return pick(...stepDetailFields[kind]);
  }
}

/** The body of POST /api/disposals/:id/steps from the form's values. */
export function toStepBody(kind: StepKind, values: StepValues, version: number): StepBody {
  return {
    kind,
    version,
    doneOn: values.doneOn?.format('YYYY-MM-DD') ?? '',
    text: (values.text ?? '').trim(),
    details: details(kind, values.details ?? {}, values.caseFiled),
  };
}

export interface Fact {
  key: string;
  label: string;
  value: string;
}

const quantity = (n: unknown, unit: unknown) => (typeof n === 'number' ? `${n}${typeof unit === 'string' ? unit : ''}` : null);

/** A recorded step's facts as label/value pairs, in the order officials read them. */
export function factsOf(kind: StepKind, d: Record<string, unknown>): Fact[] {
  const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  const facts: [string, string, string | null][] = [];
  switch (kind) {
    case 'notice':
      facts.push(['deliveredTo', f.deliveredTo, s(d.deliveredTo)], ['method', f.method, s(d.method)]);
      break;
    case 'riskControl':
      facts.push(
        ['measures', f.measures, Array.isArray(d.measures) ? d.measures.join('、') : null],
        ['sealedQuantity', f.sealedQuantity, quantity(d.sealedQuantity, d.quantityUnit)],
        ['recalledQuantity', f.recalledQuantity, quantity(d.recalledQuantity, d.quantityUnit)],
        ['destroyedQuantity', f.destroyedQuantity, quantity(d.destroyedQuantity, d.quantityUnit)],
        ['recallLevel', f.recallLevel, s(d.recallLevel)],
        ['recallAnnouncedOn', f.recallAnnouncedOn, s(d.recallAnnouncedOn)],
        ['recallCompleteBy', f.recallCompleteBy, s(d.recallCompleteBy) && f.recallCompleteByValue(d.recallCompleteBy as string, d.recallCompleteProvisional === true)],
      );
      break;
    case 'causeInvestigation':
      facts.push(['cause', f.cause, s(d.cause)]);
      break;
    case 'rectification':
      facts.push(['measures', f.rectificationMeasures, s(d.measures)], ['verified', f.verified, d.verified === undefined ? null : d.verified ? f.verifiedYes : f.verifiedNo]);
      break;
    case 'penalty':
      facts.push(
        ['caseNo', f.caseNo, s(d.caseNo)],
        ['noCaseReason', f.noCaseReason, s(d.noCaseReason)],
        ['amount', f.amount, typeof d.amount === 'number' ? f.amountValue(d.amount) : null],
      );
      break;
    case 'disclosure':
      facts.push(['channel', f.channel, s(d.channel)], ['url', f.url, s(d.url)]);
      break;
    case 'enterpriseReport':
      facts.push(['summary', f.summary, s(d.summary)]);
      break;
  }
  return facts.filter(([, , value]) => value !== null).map(([key, label, value]) => ({ key, label, value: value! }));
}
