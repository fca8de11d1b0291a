import { toHalfWidth } from './normalise.js';

export interface DivisionData {
  province: { code: string; name: string };
  cities: { code: string; name: string; counties: { code: string; name: string }[] }[];
}

export type RegionResolution =
  | { level: 'county'; regionCode: string; cityCode: string }
  | { level: 'city'; regionCode: string; cityCode: string; note: string }
  | { level: 'outside'; province: string }
  | { level: 'ambiguous'; candidates: string[]; note: string }
  | { level: 'unknown'; note: string };

/** Provincial-level divisions other than Sichuan: an address starting with one is out of province. */
const OTHER_PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '贵州', '云南', '西藏', '陕西', '甘肃', '青海',
  '宁夏', '新疆', '香港', '澳门', '台湾',
];

/** Former names of Sichuan counties renamed since the 2000s: old addresses still use them. */
const FORMER_NAMES: Record<string, string> = {
  双流县: '510116', 郫县: '510117', 新津县: '510118', 名山县: '511803', 南溪县: '511503', 安县: '510705',
  达县: '511703', 会理县: '513402', 马尔康县: '513201', 康定县: '513301', 隆昌县: '511083', 射洪县: '510981',
  简阳市: '510185', 金堂县: '510121', 大邑县: '510129', 蒲江县: '510131',
};

/** Short forms people write for cities and autonomous prefectures. */
function cityForms(name: string): string[] {
  const forms = [name];
  const prefecture = name.match(/^(.+?)(藏族羌族|藏族|彝族)自治州$/);
  if (prefecture) forms.push(`${prefecture[1]}州`, prefecture[1]);
  else if (name.endsWith('市')) forms.push(name.slice(0, -1));
  return forms;
}

export interface RegionIndex {
  resolve(address: string | null | undefined): RegionResolution;
}

/**
 * Resolves a published address to its county code. County names repeat across cities
 * (市中区 in 内江 and 乐山; 东区/西区 are short enough to occur inside other words), so a county
 * name is only trusted inside the city the address names, or when it is unique and ≥ 3 chars.
 */
export function buildRegionIndex(data: DivisionData): RegionIndex {
  const countiesByName = new Map<string, { code: string; cityCode: string }[]>();
  for (const city of data.cities) {
    for (const county of city.counties) {
      const list = countiesByName.get(county.name) ?? [];
      list.push({ code: county.code, cityCode: city.code });
      countiesByName.set(county.name, list);
    }
  }
  const cityOf = (countyCode: string) => `${countyCode.slice(0, 4)}00`;

  function findCity(address: string) {
    let best: { code: string; index: number; length: number } | null = null;
    for (const city of data.cities) {
      for (const form of cityForms(city.name)) {
        const index = address.indexOf(form);
        if (index >= 0 && (!best || index < best.index || (index === best.index && form.length > best.length))) {
          best = { code: city.code, index, length: form.length };
        }
      }
    }
    return best;
  }

  function resolve(raw: string | null | undefined): RegionResolution {
    if (!raw || !raw.trim()) return { level: 'unknown', note: '地址为空' };
    const address = toHalfWidth(raw).replace(/\s/g, '');
    const head = address.replace(/^中国/, '');
    const other = OTHER_PROVINCES.find((p) => head.startsWith(p));
    if (other) return { level: 'outside', province: other };

    const city = findCity(head);
    const scope = city ? head.slice(city.index + city.length) : head;
    const hits: { code: string; cityCode: string; index: number; name: string }[] = [];
    for (const [name, list] of countiesByName) {
      const index = scope.indexOf(name);
      if (index < 0) continue;
      for (const entry of list) {
        if (city && entry.cityCode !== city.code) continue;
        if (!city && (list.length > 1 || name.length < 3)) continue;
        hits.push({ ...entry, index, name });
      }
    }
    for (const [name, code] of Object.entries(FORMER_NAMES)) {
      const index = scope.indexOf(name);
      if (index >= 0 && (!city || cityOf(code) === city.code)) hits.push({ code, cityCode: cityOf(code), index, name });
    }
    if (hits.length > 0) {
      hits.sort((a, b) => a.index - b.index || b.name.length - a.name.length);
      return { level: 'county', regionCode: hits[0].code, cityCode: hits[0].cityCode };
    }
    if (city) return { level: 'city', regionCode: city.code, cityCode: city.code, note: '地址只能确定到市（州）' };
    const ambiguous = [...countiesByName.entries()].filter(([name, list]) => list.length > 1 && head.includes(name));
    if (ambiguous.length > 0) {
      return {
        level: 'ambiguous',
        candidates: ambiguous.flatMap(([, list]) => list.map((e) => e.code)),
        note: `“${ambiguous[0][0]}”在多个市（州）都有，地址未写明所属市（州）`,
      };
    }
    return { level: 'unknown', note: '无法从地址识别所属行政区划' };
  }

  return { resolve };
}
