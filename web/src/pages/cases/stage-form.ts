/**
 * The 登记办案阶段 form as data: which fields each stage asks for (src/modules/cases/stage-details.ts
 * and the decision), the names the server reports errors on (`details.requestedOn`,
 * `decision.fineAmount` …), and how the form's values become the API body.
 */
import type { Dayjs } from 'dayjs';
import type { CaseStage, LicenceAction, StageBody } from './cases-api';

export type RecordableStage = Exclude<CaseStage, 'filing'>;

export interface StageValues {
  stage?: RecordableStage;
  doneOn?: Dayjs | null;
  text?: string;
  documentNo?: string;
  details?: { requestedOn?: Dayjs | null; fulfilment?: string; paidAmount?: number | null };
  decision?: { warning?: boolean; fineAmount?: number | null; confiscatedIllegalGains?: number | null; confiscatedGoods?: string; licenceAction?: LicenceAction };
}

/** Stages whose document number the server requires (the 告知书 and the 决定书). */
export const numberedStages: readonly RecordableStage[] = ['notice', 'decision'];

const stageFields: Record<RecordableStage, string[]> = {
  investigation: [],
  notice: [],
  hearing: ['details.requestedOn'],
  decision: ['decision.warning', 'decision.fineAmount', 'decision.confiscatedIllegalGains', 'decision.confiscatedGoods', 'decision.licenceAction'],
  execution: ['details.fulfilment', 'details.paidAmount'],
  closed: [],
};

/** Every field of the form for a stage, as the server names them in error details. */
export function stageFieldNames(stage: RecordableStage): string[] {
  return ['stage', 'doneOn', 'text', 'documentNo', ...stageFields[stage]];
}

const DATE = 'YYYY-MM-DD';
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : undefined);

/** The body of POST /api/cases/:id/stages. Empty optional fields are left out. */
export function toStageBody(values: StageValues, version: number): StageBody {
  const stage = values.stage!;
  const body: StageBody = {
    version,
    stage,
    doneOn: values.doneOn?.format(DATE) ?? '',
    text: (values.text ?? '').trim(),
  };
  const documentNo = values.documentNo?.trim();
  if (documentNo) body.documentNo = documentNo;
  const d = values.details ?? {};
  if (stage === 'hearing') body.details = { requestedOn: d.requestedOn?.format(DATE) ?? '' };
  if (stage === 'execution') body.details = { fulfilment: d.fulfilment, ...(num(d.paidAmount) !== undefined ? { paidAmount: num(d.paidAmount) } : {}) };
  if (stage === 'decision') {
    const v = values.decision ?? {};
    body.decision = {
      ...(v.warning ? { warning: true } : {}),
      fineAmount: num(v.fineAmount) ?? 0,
      ...(num(v.confiscatedIllegalGains) !== undefined ? { confiscatedIllegalGains: num(v.confiscatedIllegalGains) } : {}),
      ...(v.confiscatedGoods?.trim() ? { confiscatedGoods: v.confiscatedGoods.trim() } : {}),
      licenceAction: v.licenceAction ?? 'none',
    };
  }
  return body;
}

/** 罚没金额 of a decision being typed, for the legal-review hint (fine + confiscated gains). */
export function penaltyTotal(decision: StageValues['decision']): number {
  return Math.round(((num(decision?.fineAmount) ?? 0) + (num(decision?.confiscatedIllegalGains) ?? 0)) * 100) / 100;
}
