import type { EscalationRule } from './rule-defaults.js';

/**
 * The escalation rules engine: pure functions over one enterprise's unqualified results.
 *
 * Decisions (documented in docs/escalations.md, from the seed's arts. 7–10):
 * - A batch belongs to the calendar year of its sampling date (the date on the sampling form,
 *   the one every published table carries). "一年内" is read as that calendar year unless the
 *   rule's window is a rolling 12 months (windowReading in rule-defaults.ts).
 * - Only results that stand count: the caller passes unqualified results only, and an overturned
 *   result is no longer unqualified (its sample was made qualified by the retest or objection).
 * - Producer rules count the batches whose label names the enterprise as producer, and the
 *   batches sampled from it at the production link — special-food batches included (art. 7 says
 *   省内食品生产企业 without exception). The optional local special-food rule counts the
 *   special-food batches alone.
 * - Distributor rules count the batches sampled from the enterprise at the distribution link and
 *   online (an online food seller is a distributor); caterer rules those at the catering link.
 * - Every rule applies to enterprises in the province only (省内, arts. 7–9): an enterprise
 *   elsewhere is followed up by assist letters to its own regulator.
 */
export interface CountedResult {
  sampleId: string;
  sampleNo: string;
  /** YYYY-MM-DD */
  samplingDate: string;
  /** Null while unknown (待确定): the batch counts for no distributor or caterer rule until the link is determined. */
  link: string | null;
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

/** Links at which a sampled party counts as a distributor: shops, and online sellers. */
const DISTRIBUTOR_LINKS = ['distribution', 'online'];

/** Does this result count towards this rule for this enterprise? */
export function countsFor(rule: Pick<EscalationRule, 'subject'>, enterprise: EnterpriseFacts, result: CountedResult): boolean {
  if (!enterprise.inProvince) return false;
  switch (rule.subject) {
    case 'producer':
      return result.asProducer;
    case 'special_food':
      return result.asProducer && result.specialFood;
    case 'distributor':
      return result.asSampledParty && result.link !== null && DISTRIBUTOR_LINKS.includes(result.link);
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

/** The day before the same date a year earlier: a batch sampled on or after it lies within 12 months of `date`. */
function twelveMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  // 29 Feb a year earlier is 28 Feb: clamp to the month's last day rather than roll into March.
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * A rolling-window rule for one year: it holds when some batch sampled in that year has, with
 * the batches of the 12 months up to it (its date a year earlier excluded), at least the
 * threshold. The samples are every batch of such windows; when none holds, the fullest window.
 */
function assessRolling(rule: EscalationRule, counted: CountedResult[], year: number): Assessment {
  const sorted = [...counted].sort(bySamplingDate);
  const windows = sorted
    .filter((r) => yearOf(r) === year)
    .map((end) => {
      const from = twelveMonthsBefore(end.samplingDate);
      return sorted.filter((r) => r.samplingDate > from && bySamplingDate(r, end) <= 0);
    });
  const holding = windows.filter((w) => w.length >= rule.threshold);
  const chosen = holding.length ? holding : windows.length ? [windows.reduce((a, b) => (b.length > a.length ? b : a))] : [];
  const samples = [...new Map(chosen.flat().map((r) => [r.sampleId, r])).values()].sort(bySamplingDate);
  return { ruleId: rule.id, year, holds: holding.length > 0, samples };
}

/** The rule's state for one year: whether it holds, and the results behind it. */
export function assess(rule: EscalationRule, enterprise: EnterpriseFacts, results: CountedResult[], year: number): Assessment {
  const counted = results.filter((r) => countsFor(rule, enterprise, r));
  if (rule.kind === 'batchesInYear' && rule.window === 'rolling12Months') return assessRolling(rule, counted, year);
  const years = byYear(counted);
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
