import { can, type Permission } from './permissions.js';
import { isProvinceLevelUnit } from './sampling/plan-rules.js';

/**
 * Jurisdiction (管辖): per record type, which units SEE a record and which WORK on it, declared
 * once as data. Two readers interpret the same declaration:
 * - `reaches()` below, in memory, for a record already loaded (is the caller the owner's line?);
 * - `jurisdictionSql()` in src/modules/access/jurisdiction-sql.ts, as the SQL condition of every
 *   list, read and write of that record type.
 * docs/security.md prints this declaration as its jurisdiction table, and
 * test/api/security-doc.test.ts fails when the two differ.
 *
 * An access level holds when ANY of its rules holds. Rules name the record's units by a
 * reference (`owner`, `guiding` …) that the record type declares with the words the docs use.
 */

/** The businesses a provincial unit carries in `org_units.businesses` (seed arts. 7–17). */
export const businesses = [
  'coordination',
  'production',
  'distribution',
  'catering',
  'special_food',
  'sampling',
  'enforcement',
  'credit',
  'publication',
  'inspection',
  'lab',
  'legal_review',
  'online',
  'food_related_products',
  'lab_qualification',
  'publicity',
  'complaints',
] as const;
export type Business = (typeof businesses)[number];

/** Link divisions read the province's samples of their link (生产处 → production …). */
export const linkOfBusiness: Partial<Record<Business, string>> = { production: 'production', distribution: 'distribution', catering: 'catering', online: 'online' };

/** 特殊食品处 reads these food-category roots wherever they were sampled. */
export const SPECIAL_FOOD_ROOTS = ['保健食品', '特殊医学用途配方食品', '婴幼儿配方食品', '特殊膳食食品'] as const;

export type Rule<Ref extends string> =
  /** A provincial unit carrying one of these businesses reaches every record of the type. */
  | { rule: 'oversees'; businesses: readonly Business[] }
  /** A provincial unit carrying any business at all reaches every record. */
  | { rule: 'anyBusiness' }
  /** A provincial unit holding this permission reaches every record. */
  | { rule: 'provincialPermission'; permission: Permission }
  /** The referenced unit lies in the user's subtree (本级及下级). */
  | { rule: 'subtree'; ref: Ref }
  /** The referenced unit is the user's own unit (not the units above it). */
  | { rule: 'unitIs'; ref: Ref }
  /** The referenced unit is a provincial unit (province bureau, division, affiliated unit, institute). */
  | { rule: 'provincial'; ref: Ref }
  /** A link division reaches the records of its link (`linkOfBusiness`). */
  | { rule: 'linkDivision' }
  /** 特殊食品处 reaches the special-food categories (`SPECIAL_FOOD_ROOTS`). */
  | { rule: 'specialFood' }
  /** Everyone reaches the record once it is public information (e.g. a listed 严重违法失信名单 entry). */
  | { rule: 'public' };

export interface RefInfo {
  /** How docs/security.md names the unit. */
  label: string;
  /** Several units (e.g. every bureau asked to assist): the rule holds when it holds for one. */
  many?: true;
}

export interface RecordJurisdiction<Ref extends string, Access extends string> {
  refs: Record<Ref, RefInfo>;
  access: Record<Access, readonly Rule<Ref>[]>;
}

const declare = <Ref extends string, Access extends string>(d: RecordJurisdiction<Ref, Access>) => d;
const oversees = (...list: Business[]) => ({ rule: 'oversees', businesses: list }) as const;
const subtree = <Ref extends string>(ref: Ref) => ({ rule: 'subtree', ref }) as const;
const unitIs = <Ref extends string>(ref: Ref) => ({ rule: 'unitIs', ref }) as const;

/** Units whose business is sampling itself, or the whole linkage, read every sample; link divisions and 特殊食品处 theirs. */
const sampleReaders = [
  oversees('sampling', 'lab', 'coordination', 'enforcement', 'credit', 'publication', 'inspection', 'complaints', 'legal_review'),
  subtree('owner'),
  { rule: 'linkDivision' },
  { rule: 'specialFood' },
] as const;

/** The declaration. Keep docs/security.md's jurisdiction table in step (the doc test says how). */
export const jurisdiction = {
  /** Samples and results; objections and retests follow their sample. */
  sample: declare({
    refs: { owner: { label: 'the owner unit' } },
    access: {
      see: sampleReaders,
      // Results, the accompanying officer and objections change a sample the user reads.
      work: sampleReaders,
      // Entering a new sample (by hand or import): the own jurisdiction, or province-wide for 抽检监测处 and the institute.
      enter: [oversees('sampling', 'lab'), subtree('owner')],
    },
  }),
  enterprise: declare({
    refs: { owner: { label: 'the owner unit' } },
    access: {
      // Provincial units regulate enterprises across the province for their business.
      see: [{ rule: 'anyBusiness' }, subtree('owner')],
      work: [{ rule: 'anyBusiness' }, subtree('owner')],
    },
  }),
  plan: declare({
    refs: { organiser: { label: 'the organiser unit' } },
    access: {
      // Every provincial plan, because city and county bureaus carry those out.
      see: [oversees('sampling'), subtree('organiser'), { rule: 'provincial', ref: 'organiser' }],
      edit: [subtree('organiser')],
    },
  }),
  suggestion: declare({
    refs: { from: { label: 'the proposing unit' } },
    access: {
      // 抽检监测处 answers suggestions; provincial plan writers take them into their plans.
      see: [oversees('sampling'), { rule: 'provincialPermission', permission: 'plan.write' }, subtree('from')],
    },
  }),
  disposal: declare({
    refs: { owner: { label: 'the owner bureau' }, guiding: { label: 'the guiding division' }, assisting: { label: 'a bureau asked to assist (协查)', many: true } },
    access: {
      // 抽检监测处 (督办), 稽查局 (reconciliation), 协调处 (督查), 法规处 (legal review of the case behind it).
      see: [oversees('sampling', 'enforcement', 'coordination', 'legal_review'), subtree('owner'), unitIs('guiding'), subtree('assisting')],
      work: [subtree('owner')],
    },
  }),
  /** A 协查: answered by the bureau asked (the asker itself records an out-of-province reply), closed by the asker. */
  assistRequest: declare({
    refs: { addressed: { label: 'the bureau asked (the asker for an out-of-province request)' }, asker: { label: 'the asking bureau' } },
    access: { answer: [subtree('addressed')], close: [subtree('asker')] },
  }),
  urgentReport: declare({
    refs: { owner: { label: 'the owner bureau' }, recipient: { label: 'a recipient unit', many: true }, raisedBy: { label: 'the raising unit' } },
    access: {
      // 抽检监测处 supervises the reports, 协调处 coordinates the linkage.
      see: [oversees('sampling', 'coordination'), subtree('recipient'), unitIs('raisedBy')],
      // The handling report (处置情况) is the owner bureau's line's.
      work: [subtree('owner')],
    },
  }),
  escalation: declare({
    refs: { owner: { label: 'the owning division' }, assigned: { label: 'the assigned bureau' }, enterpriseOwner: { label: "the enterprise's owner bureau" } },
    access: {
      see: [oversees('sampling', 'coordination', 'enforcement', 'inspection', 'credit', 'legal_review'), subtree('owner'), subtree('assigned'), subtree('enterpriseOwner')],
      work: [subtree('assigned'), subtree('enterpriseOwner')],
      supervise: [subtree('owner')],
    },
  }),
  case: declare({
    refs: { owner: { label: 'the owner unit' }, filedBy: { label: 'the filing unit' }, link: { label: 'the link division (配合单位)' } },
    access: {
      // 稽查局 (province-wide and taken-over cases), 法规处 (法制审核), 协调处 (linkage), 信用处 (the dishonest list rests on cases).
      see: [oversees('enforcement', 'legal_review', 'coordination', 'credit'), subtree('owner'), subtree('filedBy'), unitIs('link')],
      work: [subtree('owner')],
    },
  }),
  reconciliation: declare({
    refs: { runner: { label: 'the running unit' }, checked: { label: 'the checked unit' }, drawnOwner: { label: "a drawn disposal's owner bureau", many: true } },
    access: {
      // A unit below the checked one sees the reconciliation, but only the checks of its own disposals.
      see: [unitIs('runner'), subtree('checked'), subtree('drawnOwner')],
      allChecks: [unitIs('runner'), subtree('checked')],
      work: [unitIs('runner')],
    },
  }),
  workItem: declare({
    refs: { owner: { label: 'the owner unit' } },
    access: { see: [subtree('owner')] },
  }),
  user: declare({
    refs: { unit: { label: "the account's unit" } },
    access: { see: [subtree('unit')], manage: [subtree('unit')] },
  }),
  /** A 严重违法失信名单 entry: public once listed (or removed); a proposal is the proposing bureau's line's and 信用处's. */
  dishonestEntry: declare({
    refs: { listedBy: { label: 'the proposing (listing) bureau' } },
    access: { see: [oversees('credit'), { rule: 'public' }, subtree('listedBy')] },
  }),
  /** A 321 risk-analysis meeting (研判活动): the holding unit's line, 协调处 (督查) and 抽检监测处 (leads risk analysis, art. 11). */
  riskMeeting: declare({
    refs: { unit: { label: 'the holding unit' } },
    access: { see: [oversees('coordination', 'sampling'), subtree('unit')] },
  }),
  /** A unit obliged to hold 321 meetings, in the completeness views: a city sees its counties, the province all. */
  riskObligation: declare({
    refs: { unit: { label: 'the obliged unit' } },
    access: { see: [oversees('coordination', 'sampling'), subtree('unit')] },
  }),
  importJob: declare({
    refs: { unit: { label: 'the importing unit' } },
    access: { see: [subtree('unit')] },
  }),
  /** 信息通报: only the sending unit and the recipient units, not the units above them (issue 11 §2). */
  notice: declare({
    refs: { sender: { label: 'the sending unit' }, recipient: { label: 'a recipient unit', many: true } },
    access: { see: [unitIs('sender'), unitIs('recipient')] },
  }),
  /**
   * A 风险信号: routed to the division of its link and the bureaus of its regions (the units above
   * them read it through their subtree); 抽检监测处 (leads risk analysis, art. 11), 协调处, the
   * institute (trend analysis, art. 16) and 检查技术中心 read every one. Reviewing and following up:
   * a routed unit's line, or 抽检监测处.
   */
  signal: declare({
    refs: { routed: { label: 'a unit the signal is routed to', many: true } },
    access: {
      see: [oversees('sampling', 'coordination', 'lab', 'inspection'), subtree('routed')],
      work: [oversees('sampling'), subtree('routed')],
    },
  }),
  /** A publication batch or consumer warning (信息公布): the two reviewing divisions and 宣传和档案中心 (opinion watch) read them all. */
  publication: declare({
    refs: { drafter: { label: 'the drafting unit' } },
    access: {
      see: [oversees('sampling', 'publication', 'publicity'), subtree('drafter')],
      // Publishing, correcting, withdrawing: the drafting unit's line, or 抽检监测处 for every batch.
      work: [oversees('sampling'), subtree('drafter')],
    },
  }),
  /**
   * 投诉举报 (issue 14): 投诉举报中心 receives and routes all of them (seed art. 17), 协调处 reads
   * them for the linkage; the handling bureau's line and the link division (supervision by subject).
   * The complainant's name and phone are personal information: only the handling unit itself and
   * 投诉举报中心 read them, each reveal audited (个人信息保护法; 投诉举报处理暂行办法 art. 33).
   */
  complaint: declare({
    refs: { handler: { label: 'the handling unit' }, division: { label: 'the link division' } },
    access: {
      see: [oversees('complaints', 'coordination'), subtree('handler'), unitIs('division')],
      work: [subtree('handler')],
      route: [oversees('complaints')],
      personal: [oversees('complaints'), unitIs('handler')],
      // Naming it on an opinion event (a 12345 surge's transfers) and reading there its tracking number,
      // kind, status and region, never the complainant: its readers, and the register's keepers, who
      // read no complaint lists but keep a provincial register and get the numbers from 投诉举报中心.
      cite: [oversees('complaints', 'coordination', 'publicity', 'publication'), subtree('handler'), unitIs('division')],
    },
  }),
  /**
   * A 舆情事件: a provincial register (seed arts. 14(2), 17) kept by 宣传和档案中心 and 新闻宣传处;
   * 协调处 (art. 6, 督查) reads it all, the province bureau's leadership through its subtree, and the
   * bureau of the area an event concerns (its line) reads that event (art. 21 information sharing).
   */
  opinionEvent: declare({
    refs: { owner: { label: 'the owner unit (宣传和档案中心 or 新闻宣传处)' }, region: { label: 'the bureau of the area concerned' } },
    access: {
      see: [oversees('publicity', 'publication', 'coordination'), subtree('owner'), subtree('region')],
      work: [oversees('publicity', 'publication')],
    },
  }),
};

export type Jurisdiction = typeof jurisdiction;
export type RecordType = keyof Jurisdiction;
export type AccessOf<T extends RecordType> = keyof Jurisdiction[T]['access'] & string;
export type RefOf<T extends RecordType> = keyof Jurisdiction[T]['refs'] & string;

/** The units on both sides: the user's (a SessionUser fits) and the record's. */
export interface Viewer {
  scope: { pathPrefix: string };
  unit: { id: string; kind: string; businesses: readonly string[] };
  roles: readonly string[];
}

/** What a rule needs to know of one of the record's units; a missing path is no unit (never in scope). */
export interface UnitFact {
  id?: string | null;
  path?: string | null;
  kind?: string | null;
}

/** What the in-memory check knows of the record. */
export interface RecordFacts<Ref extends string> {
  units?: Partial<Record<Ref, UnitFact | readonly UnitFact[] | null>>;
  /** A sample's link (production, distribution …). */
  link?: string | null;
  /** A sample's level-1 food category name. */
  categoryRoot?: string | null;
  /** The record is public information (the `public` rule). */
  isPublic?: boolean;
}

export function rulesOf<T extends RecordType>(type: T, access: AccessOf<T>): readonly Rule<RefOf<T>>[] {
  return (jurisdiction[type].access as Record<string, readonly Rule<RefOf<T>>[]>)[access];
}

/** The links the user's unit reads as a link division. */
export function linksOf(viewer: Viewer): string[] {
  return viewer.unit.businesses.map((b) => linkOfBusiness[b as Business]).filter((l): l is string => Boolean(l));
}

/**
 * Whether a rule holds for the user whatever the record: the province-wide rules. Both readers
 * start here, so a unit that oversees a record type is never filtered by unit.
 */
export function holdsForEveryRecord(viewer: Viewer, rule: Rule<string>): boolean {
  switch (rule.rule) {
    case 'oversees':
      return viewer.unit.businesses.some((b) => (rule.businesses as readonly string[]).includes(b));
    case 'anyBusiness':
      return viewer.unit.businesses.length > 0;
    case 'provincialPermission':
      return can(viewer.roles, rule.permission) && isProvinceLevelUnit(viewer.unit.kind);
    default:
      return false;
  }
}

/** Whether the user reaches every record of the type at this access level. */
export function reachesAll<T extends RecordType>(viewer: Viewer, type: T, access: AccessOf<T>): boolean {
  return rulesOf(type, access).some((rule) => holdsForEveryRecord(viewer, rule));
}

/** The unit is the user's or below it (本级及下级); a unit without a path is out of scope. */
export function inSubtree(scope: Viewer['scope'], unitPath: string | null | undefined): boolean {
  return Boolean(unitPath) && unitPath!.startsWith(scope.pathPrefix);
}

function unitsOf(fact: UnitFact | readonly UnitFact[] | null | undefined): readonly UnitFact[] {
  if (!fact) return [];
  return Array.isArray(fact) ? fact : [fact as UnitFact];
}

function holdsFor<Ref extends string>(viewer: Viewer, rule: Rule<Ref>, facts: RecordFacts<Ref>): boolean {
  if (holdsForEveryRecord(viewer, rule)) return true;
  switch (rule.rule) {
    case 'subtree':
      return unitsOf(facts.units?.[rule.ref]).some((u) => inSubtree(viewer.scope, u.path));
    case 'unitIs':
      return unitsOf(facts.units?.[rule.ref]).some((u) => u.id === viewer.unit.id);
    case 'provincial':
      return unitsOf(facts.units?.[rule.ref]).some((u) => Boolean(u.kind) && isProvinceLevelUnit(u.kind!));
    case 'linkDivision':
      return Boolean(facts.link) && linksOf(viewer).includes(facts.link!);
    case 'specialFood':
      return viewer.unit.businesses.includes('special_food') && (SPECIAL_FOOD_ROOTS as readonly string[]).includes(facts.categoryRoot ?? '');
    case 'public':
      return facts.isPublic === true;
    default:
      return false;
  }
}

/** The in-memory check: whether the user reaches this record at this access level. */
export function reaches<T extends RecordType>(viewer: Viewer, type: T, access: AccessOf<T>, facts: RecordFacts<RefOf<T>>): boolean {
  return rulesOf(type, access).some((rule) => holdsFor(viewer, rule, facts));
}
