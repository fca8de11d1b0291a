/**
 * Opinion events (舆情事件, seed arts. 14(2), 21, 24): the vocabulary of the register and the one
 * rule that decides who is told at once. The Chinese names are the words the UI shows.
 */
export const opinionSources = { media: '媒体报道', social: '社交平台', monitoring: '监测报告', hotline: '12345集中反映', other: '其他' } as const;
export type OpinionSource = keyof typeof opinionSources;

export const opinionLevels = { general: '一般', significant: '较大', major: '重大' } as const;
export type OpinionLevel = keyof typeof opinionLevels;

export const opinionStatuses = { open: '处置中', closed: '已办结' } as const;

/** Response actions (seed art. 24: 消费预警提示, 标准解读, 专家访谈, 上网课; 辟谣 for rumours). */
export const responseKinds = { statement: '发布声明', expert: '专家解读', explainer: '标准解读', online_class: '网络课堂', rebuttal: '辟谣', other: '其他' } as const;
export type ResponseKind = keyof typeof responseKinds;

export const watchFindings = { none: '未发现舆情', observed: '有关注，未构成舆情事件', event: '已登记舆情事件' } as const;
export type WatchFinding = keyof typeof watchFindings;

/**
 * A 较大 or 重大 event is told at once to the leading group's member units and 协调处 (issue 14 §2;
 * seed art. 21 information notification). The level boundary is this project's reading of the
 * issue, not a legal text (待核实: the province's opinion-handling rules may define the grades).
 */
export const NOTIFY_LEVELS: readonly OpinionLevel[] = ['significant', 'major'];
export const notifiesLeadership = (level: string): boolean => (NOTIFY_LEVELS as readonly string[]).includes(level);

/** Only http(s) addresses: a link is opened by officials, never a script or a local file. */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
