/** The enumerations the sampling pages show: Chinese labels from messages, select options, tag colours. */
import { messages } from '../messages';

const e = messages.enums;

export type Link = keyof typeof e.link;
export type SamplingType = keyof typeof e.samplingType;
export type Conclusion = keyof typeof e.conclusion;
export type EnterpriseKind = keyof typeof e.enterpriseKind;

/** `{ value, label }` options of an enumeration, in its declared order. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** The label of a code, or the code itself when the web does not know it yet. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (!code) return '';
  return Object.hasOwn(labels, code) ? labels[code] : code;
}

export const linkOptions = optionsOf(e.link);

/** The links a list filters by: the four, and 待确定 (`unknown`) for the records imported without one. */
export const linkFilterOptions: { value: Link | 'unknown'; label: string }[] = [...linkOptions, { value: 'unknown', label: e.linkUnknown }];

/** The link's label; an imported sample whose link is not known yet (null) shows 待确定. */
export function linkLabel(link: string | null | undefined): string {
  return link ? labelOf(e.link, link) : messages.enums.linkUnknown;
}
export const samplingTypeOptions = optionsOf(e.samplingType);
export const conclusionOptions = optionsOf(e.conclusion);
export const enterpriseKindOptions = optionsOf(e.enterpriseKind);

/** 不合格 red, 问题 orange, 合格 green, 待检验 plain. */
export const conclusionColors: Record<string, string | undefined> = {
  unqualified: 'red',
  issue: 'orange',
  qualified: 'green',
  pending: undefined,
};
