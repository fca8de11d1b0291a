import { createHash } from 'node:crypto';
import { normaliseEnterpriseName, toHalfWidth } from './normalise.js';
import type { SamplingType } from './judge.js';

export type Link = 'production' | 'distribution' | 'catering' | 'online';
export const links: Record<Link, string> = { production: '生产', distribution: '流通', catering: '餐饮', online: '网络' };
export const samplingTypes: Record<SamplingType, string> = {
  supervisory: '监督抽检',
  risk_monitoring: '风险监测',
  evaluative: '评价性抽检',
};
export const conclusions = { pending: '待检验', qualified: '合格', unqualified: '不合格', issue: '问题' } as const;

/** 环节 from the words publishers use ("生产环节", "流通", "餐饮服务", "网购"). */
export function linkFromText(text: string | null | undefined): Link | null {
  if (!text) return null;
  if (/生产/.test(text)) return 'production';
  if (/餐饮/.test(text)) return 'catering';
  if (/网络|网购|电商|网店/.test(text)) return 'online';
  if (/流通|经营|销售|市场/.test(text)) return 'distribution';
  return null;
}

export function samplingTypeFromText(text: string | null | undefined): SamplingType | null {
  if (!text) return null;
  if (/风险监测/.test(text)) return 'risk_monitoring';
  if (/评价/.test(text)) return 'evaluative';
  if (/监督抽检|监督抽查|抽检/.test(text)) return 'supervisory';
  return null;
}

/**
 * Infers the link when a file does not state it, from what the sampled party is. Returns how,
 * so the record can say the value was inferred (and a person can correct it).
 */
export function inferLink(input: { sampledPartyName: string; nominalProducerName?: string | null; taskSource?: string | null }): { link: Link; how: string } | null {
  const stated = linkFromText(input.taskSource);
  if (stated) return { link: stated, how: `由任务来源“${input.taskSource}”推断` };
  const party = input.sampledPartyName;
  if (/(网店|旗舰店|专营店|天猫|京东|拼多多|淘宝|美团|饿了么)/.test(party)) return { link: 'online', how: '被抽样单位为网络店铺' };
  if (/(餐厅|饭店|酒楼|酒店|火锅|食堂|餐饮|小吃|面馆|串串|烧烤|快餐|中餐|冒菜|饭馆|餐馆|菜馆|食府|酒家|饭庄|厨房|茶楼|幼儿园|学校)/.test(party)) {
    return { link: 'catering', how: '被抽样单位名称为餐饮服务单位' };
  }
  if (input.nominalProducerName && normaliseEnterpriseName(input.nominalProducerName) === normaliseEnterpriseName(party)) {
    return { link: 'production', how: '被抽样单位即标称生产企业' };
  }
  if (/(超市|商场|便利店|经营部|商行|批发|农贸市场|菜市场|市场|商店|门市|购物|百货|零售|销售|贸易|商贸|配送|副食|粮油|生鲜|摊位|经营店|干杂|果蔬|水果店|蔬菜店|鲜肉店|肉店|食品店|茶叶店|调味品店)/.test(party)) {
    return { link: 'distribution', how: '被抽样单位名称为经营单位' };
  }
  if (/(厂|食品有限公司|酿造|酒业|加工)/.test(party)) return { link: 'production', how: '被抽样单位名称为生产企业' };
  return null;
}

/** Art. 23: sampling of 食用农产品 and 进口冷链食品 organised by market regulation is accompanied by an enforcement officer. */
export function requiresAccompaniment(input: { categoryRootName: string | null; importedColdChain: boolean; organisedByMarketRegulation: boolean }): boolean {
  if (!input.organisedByMarketRegulation) return false;
  return input.categoryRootName === '食用农产品' || input.importedColdChain;
}

/**
 * Provincial announcements carry no sample number. A stable number is derived from what
 * identifies the batch, so re-importing the same announcement updates instead of duplicating.
 */
export function deriveSampleNo(input: {
  sampledPartyName: string;
  foodName: string;
  productionDateText: string | null;
  nominalProducerName: string | null;
  spec: string | null;
}): string {
  const key = [input.sampledPartyName, input.foodName, input.productionDateText, input.nominalProducerName, input.spec]
    .map((v) => normaliseEnterpriseName(toHalfWidth(v ?? '')))
    .join('|');
  return `GB-${createHash('sm3').update(key).digest('hex').slice(0, 16).toUpperCase()}`;
}

/**
 * The key of a sample's `inferred` facts marking a sample taken in another province and kept for
 * its Sichuan producer (issue 17 §1): the producer's bureau owns it and its disposal.
 */
export const SAMPLED_OUT_OF_PROVINCE = '省外抽样';
