/**
 * The enterprise population behind synthetic samples: producers (with valid 统一社会信用代码 and SC
 * licences), distributors (supermarkets, shops, market stalls, online shops), caterers and the
 * co-operatives that supply farm produce. Enterprises are created lazily, the first time a sample
 * names them, from a PRNG of their own, and drawn from their pool by a Zipf law: a few are
 * sampled often, most rarely.
 */
import { creditCodeCheckChar } from '../../../domain/sampling/credit-code.js';
import { normaliseEnterpriseName } from '../../../domain/sampling/normalise.js';
import type { EnterpriseKind } from '../../enterprises/resolve-enterprises.js';
import { ownerUnitForRegion } from '../../org/jurisdiction.js';
import { Prng, Weighted, zipfRank } from './prng.js';
import {
  cityCodes,
  counties,
  countyByCode,
  OUTSIDE_REGIONS,
  PRODUCER_HOTSPOTS,
  scCategoryCode,
  STREETS,
  SURNAMES,
  GIVEN_CHARS,
  TRADE_FIRST,
  TRADE_SECOND,
  type County,
} from './sichuan-profile.js';

export type PoolType = 'supermarket' | 'shop' | 'market' | 'caterer' | 'online' | 'producer' | 'outsideProducer' | 'supplier';

export interface SynthEnterprise {
  /** Unique in the run: the pool key and rank. */
  key: string;
  pool: PoolType;
  name: string;
  normalizedName: string;
  creditCode: string | null;
  licence: string | null;
  kind: EnterpriseKind;
  /** County code in Sichuan; null for out-of-province producers (as an import records them). */
  regionCode: string | null;
  address: string;
  ownerUnitId: string;
  /** Trade name (字号): doubles as the trademark of a producer's products. */
  tradeName: string;
  /** 大类 a producer makes. */
  rootName: string | null;
  /** Database id once written or matched. */
  dbId?: string;
}

/** How likely each kind of party is to have no credit code on record (overall ≈ 25 % of distributors and caterers). */
const NO_CODE: Partial<Record<PoolType, number>> = { supermarket: 0.1, shop: 0.25, market: 0.4, caterer: 0.25, online: 0.05 };

const CATERING_TYPES = new Weighted<string>([
  ['火锅店', 20], ['餐厅', 15], ['小吃店', 12], ['串串香', 8], ['面馆', 8], ['中餐馆', 8], ['冒菜店', 6], ['快餐店', 6],
  ['酒楼', 5], ['烧烤店', 5], ['幼儿园食堂', 4], ['学校食堂', 3],
]);
const SUPERMARKET_TYPES = ['生鲜超市', '超市', '购物中心', '连锁超市', '便民超市', '生活超市'];
const SHOP_TYPES = ['副食店', '便利店', '食品经营部', '粮油店', '调味品经营部', '商行', '食品商店', '干杂店'];
const ONLINE_TYPES = ['食品专营店', '旗舰店', '特产专营店', '生鲜旗舰店', '食品旗舰店'];
const SUPPLIER_TYPES: [string, '1' | '2' | '3'][] = [
  ['蔬菜专业合作社', '3'], ['种植专业合作社', '3'], ['养殖专业合作社', '3'], ['家庭农场', '2'], ['农业开发有限公司', '1'], ['生态农业有限公司', '1'],
];
const INDUSTRY: Record<string, string[]> = {
  粮食加工品: ['米业', '面业', '粮油', '食品'],
  '食用油、油脂及其制品': ['粮油', '油脂', '食用油'],
  调味品: ['调味品', '食品', '酿造', '调味食品'],
  肉制品: ['肉类食品', '食品', '肉食品'],
  乳制品: ['乳业', '牧业'],
  饮料: ['饮品', '饮料', '食品'],
  酒类: ['酒业', '酿酒', '酒'],
  糕点: ['食品', '糕点', '烘焙食品'],
  蔬菜制品: ['泡菜食品', '食品', '农产品开发'],
  茶叶及相关制品: ['茶业', '茶叶'],
  淀粉及淀粉制品: ['粉业', '食品', '淀粉'],
  豆制品: ['豆制品', '食品'],
  保健食品: ['生物科技', '保健食品'],
  蜂产品: ['蜂业', '蜂产品'],
};

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 11714 organisation code: 8 characters and a check character. */
function organisationCode(rng: Prng): string {
  const body = rng.chance(0.6)
    ? `MA${rng.pick(['6', '6', '6', '7', '9'])}${Array.from({ length: 5 }, () => rng.pick(ORG_ALPHABET.split(''))).join('')}`
    : Array.from({ length: 8 }, () => String(rng.int(10))).join('');
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c: string) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55);
  const sum = [...body].reduce((s, c, i) => s + value(c) * weights[i], 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** 统一社会信用代码: 9 (market regulation) + kind (1 company, 2 individual, 3 co-operative) + region + org code + GB 32100 check. */
export function makeCreditCode(rng: Prng, kindDigit: '1' | '2' | '3', regionCode: string): string {
  const first17 = `9${kindDigit}${regionCode}${organisationCode(rng)}`;
  return first17 + creditCodeCheckChar(first17)!;
}

function personName(rng: Prng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

function tradeName(rng: Prng): string {
  let name = rng.pick(TRADE_FIRST) + rng.pick(TRADE_SECOND);
  while (name[0] === name[1]) name = rng.pick(TRADE_FIRST) + rng.pick(TRADE_SECOND);
  return name;
}

function street(rng: Prng): string {
  return `${rng.pick(STREETS)}${rng.between(1, 399)}号`;
}

interface Pool {
  key: string;
  type: PoolType;
  size: number;
  zipf: number;
  members: (SynthEnterprise | undefined)[];
  county?: County;
  cityCode?: string;
  rootName?: string;
}

export interface PopulationParams {
  /** Samples in the run: pool sizes scale with it. */
  samples: number;
  seed: number;
  /** Share of samples per 大类, for producer pool sizes. */
  rootShare: (rootName: string) => number;
  rootSortOrder: (rootName: string) => number;
}

/** Expected share of all samples that draw from each kind of county pool, and enterprises per sample. */
const COUNTY_POOLS: Record<'supermarket' | 'shop' | 'market' | 'caterer' | 'online', { share: number; perSample: number; zipf: number }> = {
  supermarket: { share: 0.3, perSample: 0.15, zipf: 0.9 },
  market: { share: 0.15, perSample: 0.4, zipf: 0.7 },
  shop: { share: 0.1, perSample: 0.4, zipf: 0.7 },
  caterer: { share: 0.2, perSample: 0.35, zipf: 0.8 },
  online: { share: 0.05, perSample: 0.3, zipf: 0.8 },
};

export class EnterprisePopulation {
  private readonly rng: Prng;
  private readonly pools = new Map<string, Pool>();
  private readonly names = new Set<string>();
  private readonly codes = new Set<string>();
  private readonly licenceSerial = new Map<string, number>();
  /** Every enterprise created so far, in creation order. */
  readonly created: SynthEnterprise[] = [];
  private readonly producerCity = new Map<string, Weighted<string>>();

  constructor(private readonly params: PopulationParams) {
    this.rng = new Prng(params.seed, 'enterprises');
  }

  private pool(key: string, make: () => Omit<Pool, 'members' | 'key'>): Pool {
    let pool = this.pools.get(key);
    if (!pool) {
      const spec = make();
      pool = { ...spec, key, size: Math.max(1, Math.ceil(spec.size)), members: [] };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private member(pool: Pool, rank: number): SynthEnterprise {
    return (pool.members[rank] ??= this.create(pool, rank));
  }

  private draw(pool: Pool, rng: Prng): SynthEnterprise {
    return this.member(pool, zipfRank(rng, pool.size, pool.zipf));
  }

  /** A distributor, caterer or online shop of a county. */
  local(type: keyof typeof COUNTY_POOLS, county: County, rng: Prng, rank?: number): SynthEnterprise {
    const spec = COUNTY_POOLS[type];
    const pool = this.pool(`${type}:${county.code}`, () => ({
      type,
      county,
      size: Math.max(3, this.params.samples * county.share * spec.share * spec.perSample),
      zipf: spec.zipf,
    }));
    return rank === undefined ? this.draw(pool, rng) : this.member(pool, Math.min(rank, pool.size - 1));
  }

  /** City of a Sichuan producer of a 大类: by population, with the industry's hotspots. */
  producerCityFor(rootName: string, rng: Prng): string {
    return this.producerCities(rootName).draw(rng);
  }

  private producerCities(rootName: string): Weighted<string> {
    let table = this.producerCity.get(rootName);
    if (!table) {
      const hot = PRODUCER_HOTSPOTS[rootName] ?? {};
      table = new Weighted(
        cityCodes.map((code) => {
          const share = counties.filter((c) => c.cityCode === code).reduce((s, c) => s + c.share, 0);
          return [code, share * (hot[code] ?? 1)] as const;
        }),
      );
      this.producerCity.set(rootName, table);
    }
    return table;
  }

  /** A Sichuan producer of a 大类 in a city. */
  producer(rootName: string, cityCode: string, rng: Prng, rank?: number): SynthEnterprise {
    const pool = this.pool(`producer:${rootName}:${cityCode}`, () => {
      const cityShare = this.producerCities(rootName).share(cityCode);
      return {
        type: 'producer',
        cityCode,
        rootName,
        size: Math.max(2, this.params.samples * this.params.rootShare(rootName) * cityShare * 0.05),
        zipf: 0.9,
      };
    });
    return rank === undefined ? this.draw(pool, rng) : this.member(pool, Math.min(rank, pool.size - 1));
  }

  outsideProducer(rootName: string, rng: Prng): SynthEnterprise {
    const pool = this.pool(`outside:${rootName}`, () => ({
      type: 'outsideProducer',
      rootName,
      size: Math.max(3, this.params.samples * this.params.rootShare(rootName) * 0.01),
      zipf: 0.9,
    }));
    return this.draw(pool, rng);
  }

  /** A co-operative or farm supplying a city's markets. */
  supplier(cityCode: string, rng: Prng): SynthEnterprise {
    const cityShare = counties.filter((c) => c.cityCode === cityCode).reduce((s, c) => s + c.share, 0);
    const pool = this.pool(`supplier:${cityCode}`, () => ({
      type: 'supplier',
      cityCode,
      size: Math.max(3, this.params.samples * cityShare * 0.1 * 0.2),
      zipf: 0.8,
    }));
    return this.draw(pool, rng);
  }

  /** A name not yet taken in the region, from a builder given a fresh trade name each attempt. */
  private uniqueName(build: (trade: string) => string, regionCode: string | null): { name: string; trade: string } {
    const taken = (name: string) => this.names.has(`${normaliseEnterpriseName(name)}|${regionCode ?? ''}`);
    let trade = tradeName(this.rng);
    let name = build(trade);
    for (let attempt = 0; attempt < 5 && taken(name); attempt++) {
      trade = tradeName(this.rng);
      name = build(trade);
    }
    for (let n = 2; taken(name); n++) name = `${build(trade)}(${n}店)`;
    this.names.add(`${normaliseEnterpriseName(name)}|${regionCode ?? ''}`);
    return { name, trade };
  }

  private creditCode(kindDigit: '1' | '2' | '3', regionCode: string): string {
    for (;;) {
      const code = makeCreditCode(this.rng, kindDigit, regionCode);
      if (!this.codes.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }

  private licence(prefix: 'SC' | 'JY', head: string, regionCode: string): string {
    const key = `${prefix}${head}${regionCode}`;
    const serial = (this.licenceSerial.get(key) ?? 0) + 1;
    this.licenceSerial.set(key, serial);
    const width = prefix === 'SC' ? 4 : 6;
    return `${prefix}${head}${regionCode}${String(serial).padStart(width, '0').slice(-width)}${this.rng.int(10)}`;
  }

  private create(pool: Pool, rank: number): SynthEnterprise {
    const rng = this.rng;
    let entity: Omit<SynthEnterprise, 'normalizedName' | 'ownerUnitId' | 'key' | 'pool' | 'rootName'>;
    switch (pool.type) {
      case 'supermarket':
      case 'shop':
      case 'market':
      case 'caterer':
      case 'online': {
        const county = pool.county!;
        const place = `${county.cityShort}${county.name}`;
        const addressHead = `四川省${county.cityName}${county.name}`;
        let named: { name: string; trade: string };
        let address = `${addressHead}${street(rng)}`;
        let kindDigit: '1' | '2' = '2';
        if (pool.type === 'supermarket') {
          const type = rng.pick(SUPERMARKET_TYPES);
          named = this.uniqueName((t) => `${place}${t}${type}`, county.code);
          kindDigit = rng.chance(0.6) ? '1' : '2';
        } else if (pool.type === 'shop') {
          const type = rng.pick(SHOP_TYPES);
          named = this.uniqueName((t) => `${place}${t}${type}`, county.code);
        } else if (pool.type === 'market') {
          const stall = rng.chance(0.6);
          const person = personName(rng);
          const type = rng.pick(['生鲜店', '农产品经营部', '果蔬店']);
          named = this.uniqueName((t) => (stall ? `${place}${t}农贸市场${person}` : `${place}${t}${type}`), county.code);
          if (stall) address = `${addressHead}${named.trade}农贸市场${rng.between(1, 260)}号摊位`;
        } else if (pool.type === 'caterer') {
          const type = CATERING_TYPES.draw(rng);
          named = this.uniqueName((t) => `${place}${t}${type}`, county.code);
          kindDigit = rng.chance(0.3) ? '1' : '2';
        } else {
          const type = rng.pick(ONLINE_TYPES);
          named = this.uniqueName((t) => `${t}${type}`, county.code);
          kindDigit = '1';
        }
        const hasCode = !rng.chance(NO_CODE[pool.type] ?? 0);
        const jyType = pool.type === 'caterer' ? (named.name.includes('食堂') ? '3' : '2') : '1';
        entity = {
          name: named.name,
          tradeName: named.trade,
          creditCode: hasCode ? this.creditCode(kindDigit, county.code) : null,
          licence: this.licence('JY', jyType, county.code),
          kind: pool.type === 'caterer' ? 'caterer' : 'distributor',
          regionCode: county.code,
          address,
        };
        break;
      }
      case 'producer': {
        const cityCounties = counties.filter((c) => c.cityCode === pool.cityCode);
        const county = cityCounties[rng.int(cityCounties.length)];
        const industry = rng.pick(INDUSTRY[pool.rootName!] ?? ['食品']);
        const cityBare = county.cityShort.replace(/[市州]$/, '');
        const style = rng.next();
        const named = this.uniqueName((t) => {
          if (style < 0.4) return `四川${t}${industry}有限公司`;
          if (style < 0.8) return `${cityBare}${t}${industry}有限公司`;
          return `${county.cityShort}${county.name}${t}${industry}厂`;
        }, null);
        const address = rng.chance(0.5)
          ? `四川省${county.cityName}${county.name}${named.trade}工业园区${rng.between(1, 60)}号`
          : `四川省${county.cityName}${county.name}${street(rng)}`;
        entity = {
          name: named.name,
          tradeName: named.trade,
          creditCode: this.creditCode('1', county.code),
          licence: this.licence('SC', scCategoryCode(pool.rootName!, this.params.rootSortOrder(pool.rootName!)), county.code),
          kind: 'producer',
          regionCode: county.code,
          address,
        };
        break;
      }
      case 'outsideProducer': {
        const region = rng.pick(OUTSIDE_REGIONS);
        const industry = rng.pick(INDUSTRY[pool.rootName!] ?? ['食品']);
        const named = this.uniqueName((t) => `${region.prefix}${t}${industry}有限公司`, null);
        entity = {
          name: named.name,
          tradeName: named.trade,
          creditCode: this.creditCode('1', region.code),
          licence: null,
          kind: 'producer',
          regionCode: null,
          address: `${region.address}${street(rng)}`,
        };
        break;
      }
      case 'supplier': {
        const cityCounties = counties.filter((c) => c.cityCode === pool.cityCode);
        const county = cityCounties[rng.int(cityCounties.length)];
        const [type, kindDigit] = rng.pick(SUPPLIER_TYPES);
        const named = this.uniqueName((t) => `${county.cityShort}${county.name}${t}${type}`, county.code);
        entity = {
          name: named.name,
          tradeName: named.trade,
          creditCode: this.creditCode(kindDigit, county.code),
          licence: null,
          kind: 'producer',
          regionCode: county.code,
          address: `四川省${county.cityName}${county.name}${tradeName(rng)}村${rng.between(1, 12)}组`,
        };
        break;
      }
    }
    const enterprise: SynthEnterprise = {
      ...entity,
      key: `${pool.key}#${rank}`,
      pool: pool.type,
      rootName: pool.rootName ?? null,
      normalizedName: normaliseEnterpriseName(entity.name),
      ownerUnitId: ownerUnitForRegion(entity.regionCode),
    };
    this.created.push(enterprise);
    return enterprise;
  }

  county(code: string): County {
    return countyByCode.get(code)!;
  }
}

