/**
 * Personal data on the public pages (decision recorded in docs/publication.md). The announcement
 * names the sampled party, because the law requires the result to identify who sold the food;
 * but an individual stall keeper (个体工商户) without a shop name is a natural person, and
 * 《政府信息公开条例》 art. 15 (个人隐私, 待核实) keeps a person's name out of public information.
 * So: a registered shop name (字号, e.g. 张记卤菜店) is published as registered; a bare personal
 * name, or a stall named by its keeper, is replaced by a neutral description. Addresses are the
 * business premises and are published; nothing else of a person ever is (samplers, officers,
 * phone numbers are not in the public snapshot at all).
 */

/** Words that make a name a business name (字号) rather than a person's. */
const BUSINESS_WORDS = /(公司|厂|店|超市|商行|行|经营部|门市|部|馆|酒楼|酒店|饭店|餐厅|食堂|中心|合作社|作坊|坊|铺|商场|市场|批发|便利|小吃|火锅|面|茶|烘焙|食品|农场|养殖|屠宰|加工|园|社|学校|医院|集团)/;

export const MASKED_INDIVIDUAL = '个体工商户（经营者姓名不予公开）';

/** The sampled party's or producer's name as the public may read it. */
export function publicPartyName(name: string | null): string | null {
  if (name == null) return null;
  const trimmed = name.trim();
  if (!trimmed) return null;
  // "张三", "个体户张三", "张三（个体工商户）": a person's name only.
  const bare = trimmed.replace(/^个体(工商)?户[:：]?/, '').replace(/[（(]个体(工商)?户[)）]$/, '');
  if (/^[\u4e00-\u9fa5·]{2,4}$/.test(bare) && !BUSINESS_WORDS.test(bare)) return MASKED_INDIVIDUAL;
  // "某某农贸市场张三摊位": keep the market, drop the keeper's name.
  const stall = /^(.*市场)[\u4e00-\u9fa5·]{2,4}(的)?(摊位|摊点|摊)$/.exec(trimmed);
  if (stall) return `${stall[1]}某摊位（经营者姓名不予公开）`;
  // "某某农贸市场吴芳静": a market followed by its stall keeper's name (how national files name a
  // stall). A short tail after 市场 that is not a business word is taken for a person: masking a
  // market's section name by mistake costs nothing, publishing a person's name does.
  const keeper = /^(.*市场)([\u4e00-\u9fa5·]{2,4})$/.exec(trimmed);
  if (keeper && !BUSINESS_WORDS.test(keeper[2])) return `${keeper[1]}某摊位（经营者姓名不予公开）`;
  return trimmed;
}
