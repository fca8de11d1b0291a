import { assess, evaluateEnterprise, type Assessment, type CountedResult, type EnterpriseFacts } from './engine.js';
import type { EscalationRule } from './rule-defaults.js';

export interface ExistingEscalation {
  id: string;
  ruleId: string;
  year: number;
  currentCount: number;
  belowThreshold: boolean;
  /** Samples on record and whether each still counts. */
  samples: { sampleId: string; counted: boolean }[];
}

export interface EscalationUpdate {
  id: string;
  currentCount: number;
  belowThreshold: boolean;
  /** Results that count now (added, or counted again). */
  counted: CountedResult[];
  /** Samples on record that no longer count (overturned, or no longer this enterprise's). */
  uncounted: string[];
  before: { currentCount: number; belowThreshold: boolean };
}

export interface EscalationPlan {
  create: Assessment[];
  update: EscalationUpdate[];
}

/**
 * What to change for one enterprise: every (rule, year) that holds and has no escalation yet is
 * created — once, whatever happens later (the unique key is enterprise, rule, year); every
 * existing escalation gets its current count and samples, and is marked below the threshold
 * when an overturn has taken the count under it. Nothing is ever deleted: an escalation that no
 * longer holds is withdrawn by a person, with a reason.
 */
export function planEscalations(rules: EscalationRule[], enterprise: EnterpriseFacts, results: CountedResult[], existing: ExistingEscalation[]): EscalationPlan {
  const key = (ruleId: string, year: number) => `${ruleId}@${year}`;
  const existingByKey = new Map(existing.map((e) => [key(e.ruleId, e.year), e]));
  const create = evaluateEnterprise(rules, enterprise, results).filter((a) => !existingByKey.has(key(a.ruleId, a.year)));
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const update: EscalationUpdate[] = [];
  for (const e of existing) {
    const rule = rulesById.get(e.ruleId);
    if (!rule) continue;
    const now = assess(rule, enterprise, results, e.year);
    const countedIds = new Set(now.samples.map((s) => s.sampleId));
    const onRecord = new Map(e.samples.map((s) => [s.sampleId, s.counted]));
    const counted = now.samples.filter((s) => onRecord.get(s.sampleId) !== true);
    const uncounted = e.samples.filter((s) => s.counted && !countedIds.has(s.sampleId)).map((s) => s.sampleId);
    const belowThreshold = !now.holds;
    if (counted.length || uncounted.length || belowThreshold !== e.belowThreshold || now.samples.length !== e.currentCount) {
      update.push({ id: e.id, currentCount: now.samples.length, belowThreshold, counted, uncounted, before: { currentCount: e.currentCount, belowThreshold: e.belowThreshold } });
    }
  }
  return { create, update };
}
