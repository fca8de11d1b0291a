/** One check being filled in: the checker's choice per item, compared live with the platform's record. */
import { fiveKinds, type FiveKind, type LedgerRow } from '../ledger/ledger-api';
import type { CheckItems } from './reconciliations-api';

export type Choice = 'yes' | 'no' | '';

export type Choices = Record<FiveKind, Choice>;

export function choicesOf(items: CheckItems): Choices {
  return Object.fromEntries(fiveKinds.map((k) => [k, items[k] === true ? 'yes' : items[k] === false ? 'no' : ''])) as Choices;
}

/** Items whose choice disagrees with what the platform records (only for items chosen). */
export function differences(choices: Choices, disposal: LedgerRow | null): FiveKind[] {
  if (!disposal) return [];
  return fiveKinds.filter((k) => choices[k] !== '' && (choices[k] === 'yes') !== (disposal[k].status === 'done'));
}

export type CheckProblem = 'incomplete' | 'findings' | null;

/** Every item must be judged; any 未到位 needs the findings written down. */
export function checkProblem(choices: Choices, findings: string): CheckProblem {
  if (fiveKinds.some((k) => choices[k] === '')) return 'incomplete';
  if (fiveKinds.some((k) => choices[k] === 'no') && !findings.trim()) return 'findings';
  return null;
}

export function toItems(choices: Choices): Record<FiveKind, boolean> {
  return Object.fromEntries(fiveKinds.map((k) => [k, choices[k] === 'yes'])) as Record<FiveKind, boolean>;
}
