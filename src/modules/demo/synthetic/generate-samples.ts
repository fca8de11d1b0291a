/**
 * Synthetic sampling data for Sichuan, deterministic for a seed: N samples over the last few
 * years, by city population, food category, link and kind of task; 2–4 % unqualified with the
 * items that really fail in each food; enterprises reused by a Zipf law; and planted repeat
 * offenders (≥ 3 unqualified batches in one year; producers unqualified two years running) for
 * the escalation rules. Samples come out in sampling-date order, so their numbers grow with time.
 */
import chineseDays from 'chinese-days';
import type { SamplingType } from '../../../domain/sampling/judge.js';
import type { Link } from '../../../domain/sampling/sample-rules.js';
import type { CatalogueView, ItemSpec, Leaf } from './catalogue-view.js';
import { EnterprisePopulation, type SynthEnterprise } from './enterprises.js';
import { Prng, Weighted } from './prng.js';
import {
  cityLab,
  counties,
  countyByCode,
  DEFAULT_FAIL_RATE,
  FAIL_RATES,
  GIVEN_CHARS,
  LINKS_BY_KIND,
  PROVINCIAL_LABS,
  SAMPLING_TYPES,
  SPECIAL_ROOTS,
  SPECS,
  SURNAMES,
  type County,
  type Lab,
} from './sichuan-profile.js';
import { measuredValue } from './values.js';
import { ownerUnitForRegion } from '../../org/jurisdiction.js';

const { isHoliday } = chineseDays;

export interface GenerateParams {
  samples: number;
  /** Calendar years of history, the current one included. */
  years: number;
  seed: number;
  /** Local date (Asia/Shanghai) the history ends on, YYYY-MM-DD. */
  today: string;
  /** Patterns planted for the risk signals (issue 12 §3), after the ordinary samples. */
  plant?: SignalPlants;
}

/**
 * What the risk signals should find (src/domain/signals): extra samples in the last months, made
 * after the ordinary ones from the same generator, so the ordinary samples stay as they were.
 */
export interface SignalPlants {
  /** A regional cluster: `samples` samples of one food (大类) in one city over the last two months, `failed` of them unqualified. */
  cluster?: { cityCode: string; rootName: string; samples: number; failed: number };
  /** A systemic producer: an out-of-province producer whose food fails in `cities` cities within the last 60 days, `batches` batches in all. */
  systemicProducer?: { cities: number; batches: number };
  /** One test item (an additive) failing across `categories` food categories and as many cities in the last 60 days. */
  itemSpread?: { categories: number; batches: number };
  /** A link's failures rising in `counties` counties over the last three months (two unqualified of three samples each). */
  linkSurge?: { link: Link; counties: number };
}

export interface PlantedPattern {
  kind: keyof SignalPlants;
  description: string;
  sampleNos: string[];
}

interface Forced {
  county: County;
  rootName: string;
  link: Link;
  fail: boolean;
  nominalProducer?: SynthEnterprise | null;
  /** The failing item to use (the leaf must fail on it). */
  itemName?: string;
}

export interface SynthItem {
  testItemId: string;
  itemName: string;
  resultText: string;
  resultValue: string | null;
  unit: string | null;
  limitText: string;
  limitType: string;
  limitValue: string | null;
  standard: string;
  judgement: 'qualified' | 'unqualified' | 'issue';
  microbiological: boolean;
  sortOrder: number;
}

export interface SynthSample {
  sampleNo: string;
  samplingType: SamplingType;
  taskSource: string;
  foodName: string;
  spec: string | null;
  trademark: string | null;
  productionDate: string | null;
  categoryId: string;
  categoryName: string;
  categoryRootId: string;
  rootName: string;
  link: Link;
  sampledParty: SynthEnterprise;
  nominalProducer: SynthEnterprise | null;
  regionCode: string;
  ownerUnitId: string;
  samplingDate: string;
  samplers: string[];
  accompanyingOfficer: string | null;
  labName: string;
  reportNo: string;
  conclusion: 'qualified' | 'unqualified' | 'issue';
  /** When the result was entered (ISO, +08:00). */
  createdAt: string;
  items: SynthItem[];
}

export interface PlantedOffender {
  rule: 'threeBatches' | 'twoYears';
  kind: 'producer' | 'distributor' | 'caterer';
  name: string;
  creditCode: string | null;
  years: number[];
  batches: number;
}

type FoodKind = keyof typeof LINKS_BY_KIND;

interface Plant {
  offender: SynthEnterprise;
  kind: PlantedOffender['kind'];
}

const DAY_MS = 86_400_000;
const SAMPLE_NO_PREFIX: Record<SamplingType, string> = { supervisory: 'DBJ', risk_monitoring: 'FJC', evaluative: 'PJC' };
/** Scales FAIL_RATES so that, with planted offenders and foods that cannot fail, the total stays within 2–4 %. */
const FAIL_RATE_SCALE = 0.95;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Weekdays that are not statutory holidays, per year, ending today. */
function workingDays(today: string, years: number): { days: number[]; byYear: Map<number, [number, number]> } {
  const endYear = Number(today.slice(0, 4));
  const last = dayNumber(today);
  const days: number[] = [];
  const byYear = new Map<number, [number, number]>();
  for (let year = endYear - years + 1; year <= endYear; year++) {
    const start = days.length;
    for (let d = dayNumber(`${year}-01-01`); d <= Math.min(last, dayNumber(`${year}-12-31`)); d++) {
      const weekday = new Date(d * DAY_MS).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      if (isHoliday(dateOf(d))) continue;
      days.push(d);
    }
    if (days.length > start) byYear.set(year, [start, days.length]);
  }
  return { days, byYear };
}

function foodKind(rootName: string): FoodKind {
  if (rootName === '食用农产品') return 'farm';
  if (rootName === '餐饮食品') return 'catering';
  return SPECIAL_ROOTS.has(rootName) ? 'special' : 'processed';
}

export class SyntheticProvince {
  readonly population: EnterprisePopulation;
  readonly offenders: PlantedOffender[] = [];
  readonly patterns: PlantedPattern[] = [];
  readonly fromYear: number;
  readonly toYear: number;
  private readonly rng: Prng;
  private readonly days: number[];
  private readonly byYear: Map<number, [number, number]>;
  private readonly countyTable = new Weighted(counties.map((c) => [c, c.share] as const));
  private readonly linkTables: Record<FoodKind, Weighted<Link>>;
  private readonly typeTable = new Weighted(SAMPLING_TYPES);
  private readonly labTable = new Weighted(PROVINCIAL_LABS);
  private readonly processedRoots: Weighted<string>;
  private readonly shopRoots: Weighted<string>;
  private readonly serials = new Map<string, number>();
  private readonly reportSerials = new Map<string, number>();
  private readonly staff = new Map<string, string[]>();
  private readonly staffRng: Prng;
  private readonly plants: Plant[] = [];
  /** Per sample slot: day index into `days`, and the plant (or -1). */
  private readonly slotDay: Uint32Array;
  private readonly slotPlant: Int32Array;

  constructor(
    private readonly params: GenerateParams,
    private readonly view: CatalogueView,
  ) {
    if (!Number.isInteger(params.samples) || params.samples < 0) throw new Error('samples must be a non-negative integer');
    if (!Number.isInteger(params.years) || params.years < 1 || params.years > 20) throw new Error('years must be 1–20');
    this.rng = new Prng(params.seed, 'samples');
    this.staffRng = new Prng(params.seed, 'staff');
    ({ days: this.days, byYear: this.byYear } = workingDays(params.today, params.years));
    this.toYear = Number(params.today.slice(0, 4));
    this.fromYear = this.toYear - params.years + 1;
    this.linkTables = Object.fromEntries(Object.entries(LINKS_BY_KIND).map(([k, v]) => [k, new Weighted(v)])) as Record<FoodKind, Weighted<Link>>;
    const rootEntries = view.roots.items.map((r) => [r, view.roots.share(r)] as const);
    // Offending producers make food that can fail (every 大类 but a few tiny ones).
    const canFail = (r: string) => view.leavesByRoot.get(r)!.items.some((leaf) => leaf.failing.length > 0);
    this.processedRoots = new Weighted(rootEntries.filter(([r]) => foodKind(r) === 'processed' && canFail(r)));
    this.shopRoots = new Weighted(rootEntries.filter(([r]) => r !== '餐饮食品'));
    this.population = new EnterprisePopulation({
      samples: params.samples,
      seed: params.seed,
      rootShare: (r) => view.roots.share(r),
      rootSortOrder: (r) => view.rootSortOrder.get(r) ?? 0,
    });
    this.slotDay = new Uint32Array(params.samples);
    this.slotPlant = new Int32Array(params.samples).fill(-1);
    this.planSlots();
  }

  /** Years with enough working days behind them to hold a planted series. */
  private plantYears(): number[] {
    return [...this.byYear.entries()].filter(([, [a, b]]) => b - a >= 40).map(([y]) => y);
  }

  private offender(kind: Plant['kind'], taken: Set<string>): SynthEnterprise {
    const rng = this.rng;
    for (;;) {
      let e: SynthEnterprise;
      if (kind === 'producer') {
        const root = this.processedRoots.draw(rng);
        e = this.population.producer(root, this.population.producerCityFor(root, rng), rng, rng.int(5));
      } else {
        const county = this.countyTable.draw(rng);
        e = this.population.local(kind === 'caterer' ? 'caterer' : rng.chance(0.5) ? 'supermarket' : 'market', county, rng, rng.int(5));
      }
      if (!taken.has(e.key)) {
        taken.add(e.key);
        return e;
      }
    }
  }

  /** Dates for every sample, the planted series among them, in sampling-date order. */
  private planSlots(): void {
    const { samples: n } = this.params;
    const rng = this.rng;
    const years = this.plantYears();
    const planted: { plant: number; year: number }[] = [];
    if (n >= 50 && years.length > 0) {
      const budget = Math.max(7, Math.floor(n * 0.012));
      let three = Math.min(40, Math.max(1, Math.round(n / 800)));
      let two = Math.min(20, Math.max(1, Math.round(n / 2000)));
      while (three * 4 + two * 3 > budget && three + two > 2) {
        if (three > 1) three--;
        else two--;
      }
      if (years.length < 2) two = 0;
      const taken = new Set<string>();
      const kinds: Plant['kind'][] = ['producer', 'distributor', 'caterer'];
      for (let i = 0; i < three; i++) {
        const kind = kinds[i % 3];
        const offender = this.offender(kind, taken);
        const year = rng.pick(years);
        const batches = 3 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0);
        this.plants.push({ offender, kind });
        for (let b = 0; b < batches; b++) planted.push({ plant: this.plants.length - 1, year });
        this.offenders.push({ rule: 'threeBatches', kind, name: offender.name, creditCode: offender.creditCode, years: [year], batches });
      }
      const consecutive = years.filter((y) => years.includes(y + 1));
      for (let i = 0; i < two && consecutive.length > 0; i++) {
        const offender = this.offender('producer', taken);
        const year = rng.pick(consecutive);
        const first = rng.chance(0.3) ? 2 : 1;
        const second = rng.chance(0.3) ? 2 : 1;
        this.plants.push({ offender, kind: 'producer' });
        for (let b = 0; b < first; b++) planted.push({ plant: this.plants.length - 1, year });
        for (let b = 0; b < second; b++) planted.push({ plant: this.plants.length - 1, year: year + 1 });
        this.offenders.push({ rule: 'twoYears', kind: 'producer', name: offender.name, creditCode: offender.creditCode, years: [year, year + 1], batches: first + second });
      }
    }
    // Planted samples take random slots; every other slot gets a random working day.
    const day = new Uint32Array(n);
    const plantOf = new Int32Array(n).fill(-1);
    const free = planted.length <= n ? planted : planted.slice(0, n);
    const slots = new Set<number>();
    for (const p of free) {
      let slot = rng.int(n);
      while (slots.has(slot)) slot = rng.int(n);
      slots.add(slot);
      plantOf[slot] = p.plant;
      const [a, b] = this.byYear.get(p.year)!;
      day[slot] = a + rng.int(b - a);
    }
    for (let i = 0; i < n; i++) if (plantOf[i] < 0) day[i] = rng.int(this.days.length);
    // Counting sort by day (stable): generation runs in date order.
    const counts = new Uint32Array(this.days.length + 1);
    for (let i = 0; i < n; i++) counts[day[i] + 1]++;
    for (let d = 1; d < counts.length; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < n; i++) {
      const at = counts[day[i]]++;
      this.slotDay[at] = day[i];
      this.slotPlant[at] = plantOf[i];
    }
  }

  /** Sample by sample, in date order. */
  *generate(): Generator<SynthSample> {
    for (let i = 0; i < this.params.samples; i++) {
      const plant = this.slotPlant[i];
      yield this.sample(this.days[this.slotDay[i]], plant >= 0 ? this.plants[plant] : null);
    }
    if (this.params.plant) yield* this.plantedSignals(this.params.plant);
  }

  /** A working day among the last `span` working days. */
  private recentDay(span: number): number {
    const from = Math.max(0, this.days.length - span);
    return this.days[from + this.rng.int(this.days.length - from)];
  }

  /** A working day between `fromAgo` and `toAgo` calendar days before today. */
  private dayAgo(fromAgo: number, toAgo: number): number {
    const today = dayNumber(this.params.today);
    const inRange = this.days.filter((d) => d >= today - fromAgo && d <= today - toAgo);
    return inRange.length ? inRange[this.rng.int(inRange.length)] : this.days[0];
  }

  private *plantedSignals(plant: SignalPlants): Generator<SynthSample> {
    const rng = this.rng;
    const record = (kind: keyof SignalPlants, description: string, made: SynthSample[]) => {
      this.patterns.push({ kind, description, sampleNos: made.map((m) => m.sampleNo) });
      return made;
    };
    if (plant.cluster) {
      const c = plant.cluster;
      const cityCounties = counties.filter((k) => k.cityCode === c.cityCode);
      const made: SynthSample[] = [];
      for (let i = 0; i < c.samples; i++) {
        const county = cityCounties[rng.int(cityCounties.length)];
        made.push(this.sample(this.recentDay(40), null, { county, rootName: c.rootName, link: 'distribution', fail: i < c.failed }));
      }
      yield* record('cluster', `${cityCounties[0]?.cityName ?? c.cityCode} ${c.rootName}: ${c.failed}/${c.samples} unqualified in the last two months`, made);
    }
    if (plant.systemicProducer) {
      const p = plant.systemicProducer;
      const root = this.processedRoots.draw(rng);
      const producer = this.population.outsideProducer(`${root}`, rng);
      const cities = rng.sample([...new Set(counties.map((k) => k.cityCode))], Math.min(21, p.cities));
      const made: SynthSample[] = [];
      for (let i = 0; i < p.batches; i++) {
        const cityCounties = counties.filter((k) => k.cityCode === cities[i % cities.length]);
        const county = cityCounties[rng.int(cityCounties.length)];
        made.push(this.sample(this.recentDay(40), null, { county, rootName: root, link: 'distribution', fail: true, nominalProducer: producer }));
      }
      yield* record('systemicProducer', `${producer.name} (${producer.creditCode}): ${p.batches} unqualified batches in ${cities.length} cities`, made);
    }
    if (plant.itemSpread) {
      const p = plant.itemSpread;
      // An additive (not a microbe) that fails in the most 大类: the same illegal use across foods.
      const roots = new Map<string, Set<string>>();
      for (const leaf of this.view.leaves) for (const spec of leaf.failing) if (!spec.microbiological) roots.set(spec.name, (roots.get(spec.name) ?? new Set()).add(leaf.rootName));
      const [itemName, itemRoots] = [...roots].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0] ?? [];
      if (itemName) {
        const chosen = [...itemRoots].sort().slice(0, Math.max(1, p.categories));
        const cities = rng.sample([...new Set(counties.map((k) => k.cityCode))], chosen.length);
        const made: SynthSample[] = [];
        for (let i = 0; i < p.batches; i++) {
          const cityCounties = counties.filter((k) => k.cityCode === cities[i % cities.length]);
          made.push(this.sample(this.recentDay(40), null, { county: cityCounties[rng.int(cityCounties.length)], rootName: chosen[i % chosen.length], link: 'distribution', fail: true, itemName }));
        }
        yield* record('itemSpread', `${itemName}: ${p.batches} unqualified batches across ${chosen.length} categories`, made);
      }
    }
    if (plant.linkSurge) {
      const p = plant.linkSurge;
      const chosen = rng.sample(counties, Math.min(counties.length, p.counties));
      const made: SynthSample[] = [];
      for (const county of chosen) {
        const rootName = p.link === 'catering' ? '餐饮食品' : this.processedRoots.draw(rng);
        for (let i = 0; i < 3; i++) made.push(this.sample(this.recentDay(60), null, { county, rootName, link: p.link, fail: i < 2 }));
        // The same months a year before: the same sampling, all qualified (what the rise is measured against).
        for (let i = 0; i < 3; i++) made.push(this.sample(this.dayAgo(365 + 80, 365 + 5), null, { county, rootName, link: p.link, fail: false }));
      }
      yield* record('linkSurge', `${p.link}: 2 of 3 samples unqualified in ${chosen.length} counties over the last three months, 0 of 3 a year before`, made);
    }
  }

  private drawLeaf(rootName: string, mustFail: boolean): Leaf {
    const table = this.view.leavesByRoot.get(rootName)!;
    let leaf = table.draw(this.rng);
    for (let i = 0; mustFail && leaf.failing.length === 0 && i < 30; i++) leaf = table.draw(this.rng);
    return leaf;
  }

  private nominalFor(kind: FoodKind, rootName: string, county: County, link: Link): SynthEnterprise | null {
    const rng = this.rng;
    const pop = this.population;
    if (kind === 'catering') return null;
    if (kind === 'farm') return rng.chance(link === 'online' ? 0.4 : 0.3) ? pop.supplier(county.cityCode, rng) : null;
    return rng.chance(0.75) ? pop.producer(rootName, pop.producerCityFor(rootName, rng), rng) : pop.outsideProducer(rootName, rng);
  }

  private people(key: string, size: number): string[] {
    let list = this.staff.get(key);
    if (!list) {
      const rng = this.staffRng;
      const names = new Set<string>();
      while (names.size < size) names.add(rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARS) : ''));
      list = [...names];
      this.staff.set(key, list);
    }
    return list;
  }

  private sample(day: number, plant: Plant | null, forced?: Forced): SynthSample {
    const rng = this.rng;
    const pop = this.population;
    const samplingDate = dateOf(day);
    const year = Number(samplingDate.slice(0, 4));

    let county: County;
    let rootName: string;
    let link: Link;
    let sampledParty: SynthEnterprise;
    let nominalProducer: SynthEnterprise | null;
    let samplingType: SamplingType;
    const forceFail = plant !== null || forced?.fail === true;

    if (forced) {
      county = forced.county;
      rootName = forced.rootName;
      link = forced.link;
      samplingType = 'supervisory';
      sampledParty = pop.local(link === 'catering' ? 'caterer' : link === 'online' ? 'online' : rng.chance(0.6) ? 'supermarket' : 'shop', county, rng);
      nominalProducer = forced.nominalProducer !== undefined ? forced.nominalProducer : this.nominalFor(foodKind(rootName), rootName, county, link);
    } else if (plant) {
      samplingType = 'supervisory';
      const o = plant.offender;
      if (plant.kind === 'producer') {
        rootName = o.rootName!;
        nominalProducer = o;
        if (rng.chance(0.5)) {
          link = 'production';
          sampledParty = o;
          county = countyByCode.get(o.regionCode!)!;
        } else {
          link = 'distribution';
          county = this.countyTable.draw(rng);
          sampledParty = pop.local(rng.chance(0.6) ? 'supermarket' : 'shop', county, rng);
        }
      } else if (plant.kind === 'distributor') {
        county = countyByCode.get(o.regionCode!)!;
        rootName = o.pool === 'market' ? '食用农产品' : this.shopRoots.draw(rng);
        link = 'distribution';
        sampledParty = o;
        nominalProducer = this.nominalFor(foodKind(rootName), rootName, county, link);
      } else {
        county = countyByCode.get(o.regionCode!)!;
        rootName = rng.chance(0.7) ? '餐饮食品' : '食用农产品';
        link = 'catering';
        sampledParty = o;
        nominalProducer = rootName === '餐饮食品' ? null : this.nominalFor('farm', rootName, county, link);
      }
    } else {
      county = this.countyTable.draw(rng);
      rootName = this.view.roots.draw(rng);
      const drawnKind = foodKind(rootName);
      link = this.linkTables[drawnKind].draw(rng);
      samplingType = this.typeTable.draw(rng);
      if (link === 'production') {
        sampledParty = pop.producer(rootName, county.cityCode, rng);
        nominalProducer = sampledParty;
        county = countyByCode.get(sampledParty.regionCode!)!;
      } else {
        if (link === 'distribution') {
          const type = drawnKind === 'farm' ? (rng.chance(0.5) ? 'supermarket' : 'market') : rng.chance(0.6) ? 'supermarket' : 'shop';
          sampledParty = pop.local(type, county, rng);
        } else sampledParty = pop.local(link === 'catering' ? 'caterer' : 'online', county, rng);
        nominalProducer = this.nominalFor(drawnKind, rootName, county, link);
      }
    }

    const kind = foodKind(rootName);
    const failRate = (FAIL_RATES[rootName] ?? DEFAULT_FAIL_RATE) * FAIL_RATE_SCALE;
    let leaf = this.drawLeaf(rootName, forceFail);
    for (let i = 0; forced?.itemName && !leaf.failing.some((f) => f.name === forced.itemName) && i < 200; i++) leaf = this.drawLeaf(rootName, true);
    const fails = leaf.failing.length > 0 && (forced ? forced.fail : forceFail || rng.chance(failRate));
    const failedJudgement = samplingType === 'risk_monitoring' ? 'issue' : 'unqualified';

    // Items: the failed ones first, then a few routinely tested ones under their limits.
    const items: SynthItem[] = [];
    const add = (spec: ItemSpec, failed: boolean) => {
      const value = measuredValue(spec, failed, rng);
      items.push({
        testItemId: spec.testItemId,
        itemName: spec.name,
        resultText: value.resultText,
        resultValue: value.resultValue,
        unit: spec.unit,
        limitText: spec.limitText,
        limitType: spec.limitType,
        limitValue: spec.limitValue === null ? null : String(spec.limitValue),
        standard: spec.standard,
        judgement: failed ? failedJudgement : 'qualified',
        microbiological: spec.microbiological,
        sortOrder: items.length,
      });
    };
    if (fails) {
      const count = rng.chance(0.8) ? 1 : rng.chance(0.85) ? 2 : 3;
      const named = forced?.itemName ? leaf.failing.filter((f) => f.name === forced.itemName) : [];
      const failed = named.length ? named.slice(0, 1) : rng.sample(leaf.failing, count);
      for (const spec of failed) add(spec, true);
      const others = leaf.routine.filter((s) => !failed.includes(s)).slice(0, 6);
      for (const spec of rng.sample(others, rng.between(0, 2))) add(spec, false);
    } else {
      const k = rng.between(1, 3);
      for (const spec of rng.sample(leaf.routine.slice(0, Math.max(k, 6)), k)) add(spec, false);
    }

    const city = county.cityName;
    let taskSource: string;
    const r = rng.next();
    if (samplingType === 'supervisory') taskSource = r < 0.45 ? '四川省市场监督管理局' : r < 0.85 ? `${city}市场监督管理局` : `${city}${county.name}市场监督管理局`;
    else if (samplingType === 'risk_monitoring') taskSource = r < 0.8 ? '四川省市场监督管理局' : `${city}市场监督管理局`;
    else taskSource = '四川省市场监督管理局';
    const lab: Lab = taskSource === '四川省市场监督管理局' ? this.labTable.draw(rng) : cityLab(county.cityCode);
    const samplers = rng.sample(this.people(`lab:${lab.name}`, 16), 2);
    const accompanyingOfficer = kind === 'farm' ? rng.pick(this.people(`officer:${county.code}`, 6)) : null;

    const yy = String(year).slice(2);
    const serialKey = `${yy}${county.code}`;
    const serial = (this.serials.get(serialKey) ?? 0) + 1;
    this.serials.set(serialKey, serial);
    const tag = String(this.params.seed % 100).padStart(2, '0');
    const sampleNo = `${SAMPLE_NO_PREFIX[samplingType]}${yy}${county.code}${tag}${String(serial).padStart(6, '0')}`;
    const reportKey = `${lab.code}${year}`;
    const reportSerial = (this.reportSerials.get(reportKey) ?? 0) + 1;
    this.reportSerials.set(reportKey, reportSerial);

    const specs = kind === 'farm' ? ['散装', '计量称重'] : kind === 'catering' ? ['散装', '自制'] : (SPECS[rootName] ?? ['散装', '500g/袋', '计量称重']);
    const productionDay = kind === 'farm' ? day - rng.between(0, 3) : kind === 'catering' ? day : day - rng.between(3, 200);
    const today = dayNumber(this.params.today);
    const entered = Math.min(today, day + rng.between(5, 25));
    const conclusion = items.some((i) => i.judgement !== 'qualified') ? failedJudgement : 'qualified';

    return {
      sampleNo,
      samplingType,
      taskSource,
      foodName: rng.pick(leaf.foodNames),
      spec: rng.pick(specs),
      trademark: nominalProducer && kind !== 'farm' && rng.chance(0.8) ? nominalProducer.tradeName : null,
      productionDate: dateOf(productionDay),
      categoryId: leaf.id,
      categoryName: leaf.name,
      categoryRootId: leaf.rootId,
      rootName,
      link,
      sampledParty,
      nominalProducer,
      regionCode: county.code,
      ownerUnitId: ownerUnitForRegion(county.code),
      samplingDate,
      samplers,
      accompanyingOfficer,
      labName: lab.name,
      reportNo: `${lab.code}${year}${String(reportSerial).padStart(6, '0')}`,
      conclusion,
      createdAt: `${dateOf(entered)}T${String(rng.between(8, 17)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00+08:00`,
      items,
    };
  }
}
