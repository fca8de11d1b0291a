import type { EscalationRule } from './rule-defaults.js';

/**
 * The escalation rules engine: pure functions over one enterprise's unqualified results.
 *
 * Decisions (documented in docs/escalations.md):
 * - A batch belongs to the calendar year of its sampling date (the date on the sampling form,
 *   the one every published table carries).
 * - Only results that stand count: the caller passes unqualified results only, and an overturned
 *   result is no longer unqualified (its sample was made qualified by the retest or objection).
 * - Producer rules count the batches whose label names the enterprise as producer, and the
 *   batches sampled from it at the production link; special-food batches count under the
 *   special-food rule instead, which 特殊食品处 owns (seed art. 10).
 * - Distributor and caterer rules count the batches sampled from the enterprise at that link.
 * - Producer rules apply to producers in the province only: an out-of-province producer is
 *   followed up by assist letters to its own regulator.
 */
export interface CountedResult {
  sampleId: string;
  sampleNo: string;
  /** YYYY-MM-DD */
  samplingDate: string;
  link: string;
  /** The enterprise is the batch's nominal producer, or was sampled at the production link. */
  asProducer: boolean;
  /** The enterprise is the sampled party. */
  asSampledParty: boolean;
  /** The batch is in a special-food category (保健食品, 特医, 婴幼儿配方, 特殊膳食). */
  specialFood: boolean;
}

export interface EnterpriseFacts {
  id: string;
  /** Region in Sichuan (code 51…). */
  inProvince: boolean;
}

export interface Assessment {
  ruleId: string;
  year: number;
  /** The rule's condition holds for this year. */
  holds: boolean;
  /** Results counted for the year (for consecutive-year rules, across the whole window). */
  samples: CountedResult[];
}

export function yearOf(result: Pick<CountedResult, 'samplingDate'>): number {
  return Number(result.samplingDate.slice(0, 4));
}

/** Does this result count towards this rule for this enterprise? */
export function countsFor(rule: Pick<EscalationRule, 'subject'>, enterprise: EnterpriseFacts, result: CountedResult): boolean {
  switch (rule.subject) {
    case 'producer':
      return enterprise.inProvince && result.asProducer && !result.specialFood;
    case 'special_food':
      return enterprise.inProvince && result.asProducer && result.specialFood;
    case 'distributor':
      return result.asSampledParty && result.link === 'distribution';
    case 'caterer':
      return result.asSampledParty && result.link === 'catering';
    default:
      return false;
  }
}

function byYear(results: CountedResult[]): Map<number, CountedResult[]> {
  const years = new Map<number, CountedResult[]>();
  for (const r of results) {
    const y = yearOf(r);
    const list = years.get(y);
    if (list) list.push(r);
    else years.set(y, [r]);
  }
  return years;
}

const bySamplingDate = (a: CountedResult, b: CountedResult) => a.samplingDate.localeCompare(b.samplingDate) || a.sampleNo.localeCompare(b.sampleNo);

/** The rule's state for one year: whether it holds, and the results behind it. */
export function assess(rule: EscalationRule, enterprise: EnterpriseFacts, results: CountedResult[], year: number): Assessment {
  const years = byYear(results.filter((r) => countsFor(rule, enterprise, r)));
  const span = rule.kind === 'consecutiveYears' ? Math.max(1, rule.years) : 1;
  const window: CountedResult[] = [];
  let holds = true;
  for (let y = year - span + 1; y <= year; y++) {
    const inYear = years.get(y) ?? [];
    if (inYear.length < rule.threshold) holds = false;
    window.push(...inYear);
  }
  return { ruleId: rule.id, year, holds, samples: window.sort(bySamplingDate) };
}

/** Every (rule, year) whose condition holds for the enterprise now. Disabled rules never fire. */
export function evaluateEnterprise(rules: EscalationRule[], enterprise: EnterpriseFacts, results: CountedResult[]): Assessment[] {
  const firings: Assessment[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const years = [...new Set(results.filter((r) => countsFor(rule, enterprise, r)).map(yearOf))].sort();
    for (const year of years) {
      const a = assess(rule, enterprise, results, year);
      if (a.holds) firings.push(a);
    }
  }
  return firings;
}
