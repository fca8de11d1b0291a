/**
 * The publication rules as data (issue 13 §1). Each carries its source and a level: 'A' when the
 * text of the source was checked, 'U' (待核实) when it was not — the same marking as the
 * deadline rules (src/domain/deadlines/rule-defaults.ts). docs/publication.md prints them.
 */
export interface PublicationRule<V> {
  value: V;
  level: 'A' | 'U';
  source: string;
}

/** What happens to a sample whose objection (异议) or retest (复检) is still open when its batch is published. */
export type PendingTreatment = 'hold' | 'note';

/** How a failed sample whose disposal is not yet closed appears in the 核查处置情况 section. */
export type OpenDisposalTreatment = 'inProgress' | 'omit';

export const publicationRules = {
  /**
   * Held back (not published) until the objection or retest concludes. The alternative, `note`,
   * publishes the result with a public note that a retest is under way.
   */
  pendingObjection: {
    value: 'hold' as PendingTreatment,
    level: 'U',
    source: '《食品安全抽样检验管理办法》（2019年总局令第15号）第四十条及复检、异议相关条款（待核实）',
  },
  /** How many days 宣传和档案中心 watches public opinion after a publication (seed art. 14(2)); the publisher may change it per publication. */
  opinionWatchDays: {
    value: 7,
    level: 'U',
    source: '监检联动办法第十四条（舆情监测）；天数未见规定，暂定7天（待核实）',
  },
  /** Only supervisory sampling (监督抽检) results are announced; risk monitoring (风险监测) results are not. */
  publishedSamplingTypes: {
    value: ['supervisory'] as readonly string[],
    level: 'U',
    source: '《食品安全抽样检验管理办法》第四十条：监督抽检结果和不合格食品核查处置信息依法公布（待核实）；风险监测结果不作为执法依据，不公布',
  },
  /**
   * A failed sample whose 核查处置 is still open is listed as 处置中, without its measures (they
   * may still change; the snapshot is never silently changed). The alternative, `omit`, leaves
   * it out of the section. Closed disposals carry their measures, penalty amount and recall.
   */
  openDisposal: {
    value: 'inProgress' as OpenDisposalTreatment,
    level: 'U',
    source: '监检联动办法第十一条第（五）（六）项、第十四条（抽检结果和核查处置信息经会审后公布）；未处置完毕者如何公布未见规定，暂以“处置中”列明（待核实）',
  },
} as const satisfies Record<string, PublicationRule<unknown>>;

/** The public note beside a result published while an objection or retest is open (rule `note`). */
export const PENDING_RETEST_NOTE = '该样品的异议或复检尚在办理中，结论以最终结果为准';

/** Whether a sample with this conclusion and type may appear in an announcement. */
export function publishable(sample: { conclusion: string; samplingType: string }): boolean {
  return (sample.conclusion === 'qualified' || sample.conclusion === 'unqualified') && publicationRules.publishedSamplingTypes.value.includes(sample.samplingType);
}
