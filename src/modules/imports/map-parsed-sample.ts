import { createHash } from 'node:crypto';
import { checkCreditCode } from '../../domain/sampling/credit-code.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { toHalfWidth } from '../../domain/sampling/normalise.js';
import {
  deriveSampleNo,
  inferLink,
  linkFromText,
  requiresAccompaniment,
  SAMPLED_OUT_OF_PROVINCE,
  samplingTypeFromText,
  type Link,
} from '../../domain/sampling/sample-rules.js';
import { canonicalJson } from '../../domain/audit-chain.js';
import { conclusionReceivedProblem } from '../../domain/deadlines/triggers.js';
import { evaluateItems, type EvaluatedItem } from '../sampling/evaluate-items.js';
import type { SampleCatalogue } from '../sampling/sample-catalogue.js';
import { regionIndex } from '../sampling/region-index.js';
import type { EnterpriseRef } from '../enterprises/resolve-enterprises.js';
import { isSichuanRegion } from '../org/jurisdiction.js';
import { OFFICER_MISSING } from '../sampling/accompanying-officer.js';
import { LINK_UNKNOWN, SAMPLING_DATE_UNKNOWN } from '../sampling/review-flags.js';
import type { HeaderInfo, ParsedSample } from './parse/types.js';
import type { ImportError, ImportOptions } from './import-options.js';
import { LAYOUT_BY_ID } from './parse/layouts.js';
import { judgementFromText } from '../../domain/sampling/judge.js';

/** A validated sample ready to write: the row, its parties and its judged items. */
export interface SampleDraft {
  row: number;
  sampleNo: string;
  values: {
    samplingType: SamplingType;
    taskSource: string | null;
    foodName: string;
    spec: string | null;
    trademark: string | null;
    batchNo: string | null;
    productionDate: string | null;
    shelfLife: string | null;
    categoryId: string;
    categoryRootId: string;
    /** Null: unknown (待确定), flagged for review (review-flags.ts). */
    link: Link | null;
    sampledPartyName: string;
    sampledPartyAddress: string | null;
    nominalProducerName: string | null;
    nominalProducerAddress: string | null;
    regionCode: string | null;
    samplingDate: string;
    samplers: string[];
    importedColdChain: boolean;
    accompanyingOfficer: string | null;
    labName: string | null;
    remarks: string | null;
    conclusion: string;
    inferred: Record<string, string>;
    needsReview: boolean;
    reviewReasons: string[];
    planId: string | null;
    noticeNo: string | null;
    noticeDate: string | null;
    noticeUrl: string | null;
  };
  sampledParty: EnterpriseRef;
  nominalProducer: EnterpriseRef | null;
  /**
   * The region whose bureau owns the sample (and so its disposal): the sampled party's, except
   * for a sample taken in another province that is kept for its Sichuan producer, which the
   * producer's bureau owns (the sampled party has no bureau here).
   */
  ownerRegionCode: string | null;
  items: EvaluatedItem[];
  /** The day the conclusion was received, when the file says (kept out of `values`: a re-import without it must not erase one entered by hand). */
  conclusionReceivedOn: string | null;
  importHash: string;
}

/** Names for fields the file has no column for (errors still name the column a person would add). */
const FIELD_LABELS: Partial<Record<keyof HeaderInfo['mapping'], string>> = {
  link: '环节',
  category: '食品分类',
  foodName: '食品名称',
  sampledPartyName: '被抽样单位名称',
  samplingDate: '抽样日期',
  resultText: '检验结果',
  limitText: '标准值',
  unit: '单位',
  itemName: '检验项目',
  accompanyingOfficer: '陪同执法人员',
  sampledPartyCreditCode: '被抽样单位统一社会信用代码',
  nominalProducerCreditCode: '标称生产企业统一社会信用代码',
};

/** A sample the layout keeps out of the province's records, and why (counted as skipped, not rejected). */
export interface SkippedSample {
  row: number;
  sampleNo: string | null;
  reason: string;
}

const CONCLUSION_WORDS: Record<string, string> = { qualified: '合格', unqualified: '不合格', issue: '问题', pending: '待判定' };

/**
 * The sample's conclusion as the export's 报告分类 states it: 合格报告 → qualified; 一般不合格报告,
 * 严重不合格报告 … → unqualified (问题 under risk monitoring, which never concludes 不合格);
 * 问题样品报告 → issue. Null for a category that states no conclusion.
 */
export function reportConclusion(text: string | null, samplingType: SamplingType): string | null {
  if (!text) return null;
  if (/不合格/.test(text)) return samplingType === 'risk_monitoring' ? 'issue' : 'unqualified';
  if (/问题/.test(text)) return 'issue';
  if (/合格/.test(text)) return 'qualified';
  return judgementFromText(text, samplingType);
}

/** 四川, 四川省 — the province this platform keeps records for. */
const isSichuanProvince = (text: string) => /^四川/.test(text.trim());

const KIND_OF_LINK = { production: 'producer', distribution: 'distributor', catering: 'caterer', online: 'online_platform' } as const;
const clean = (v: string | null | undefined) => (v == null ? null : toHalfWidth(v) || null);

/** Region of a party: the file's code, else its address; says what it could not resolve. */
function partyRegion(address: string | null, code: string | null) {
  if (code && isSichuanRegion(code)) return { regionCode: code, note: null as string | null, outside: false };
  const resolved = regionIndex.resolve(address);
  switch (resolved.level) {
    case 'county':
      return { regionCode: resolved.regionCode, note: null, outside: false };
    case 'city':
      return { regionCode: resolved.regionCode, note: resolved.note, outside: false };
    case 'outside':
      return { regionCode: null, note: null, outside: true };
    default:
      return { regionCode: null, note: resolved.note, outside: false };
  }
}

/**
 * Turns one parsed sample into a draft, or the reasons it is rejected (each with its row and
 * column as the sheet shows them). Whatever is inferred rather than read is recorded on the
 * sample (`inferred`) and counted in the summary.
 */
export function mapParsedSample(
  parsed: ParsedSample,
  header: HeaderInfo,
  options: ImportOptions & { planSamplingType?: SamplingType | null; today: string; plansByName?: ReadonlyMap<string, string> },
  catalogue: SampleCatalogue,
): { draft: SampleDraft } | { errors: ImportError[] } | { skipped: SkippedSample } {
  const col = (field: keyof HeaderInfo['mapping']) => header.mapping[field] ?? FIELD_LABELS[field] ?? field;
  // A row that is not a sample at all (e.g. a continuation row with nothing above it): say only that.
  if (parsed.errors.some((e) => e.column === null)) return { errors: parsed.errors };
  const errors: ImportError[] = [...parsed.errors];
  const inferred: Record<string, string> = {};
  const review: string[] = [];
  const fail = (field: keyof HeaderInfo['mapping'] | null, message: string) => errors.push({ row: parsed.row, column: field ? col(field) : null, message });

  const foodName = clean(parsed.foodName);
  const sampledPartyName = clean(parsed.sampledPartyName);
  if (!foodName) fail('foodName', '食品名称为空');
  if (!sampledPartyName) fail('sampledPartyName', '被抽样单位名称为空');

  const samplingType =
    samplingTypeFromText(parsed.samplingType) ?? options.planSamplingType ?? options.defaultSamplingType ?? null;
  const type: SamplingType = samplingType ?? 'supervisory';
  if (!samplingType) inferred['抽检类型'] = '文件未注明，按监督抽检';

  const codeOf = (raw: string | null, field: 'sampledPartyCreditCode' | 'nominalProducerCreditCode') => {
    if (!raw?.trim()) return null;
    const check = checkCreditCode(raw);
    if (!check.ok) fail(field, check.reason);
    return check.ok ? check.code : null;
  };
  const sampledCode = codeOf(parsed.sampledPartyCreditCode, 'sampledPartyCreditCode');
  const producerCode = codeOf(parsed.nominalProducerCreditCode, 'nominalProducerCreditCode');

  // The finest category the file names that the catalogue knows (the export has 大类 to 细类).
  const candidates = parsed.categoryCandidates ?? (parsed.category ? [parsed.category] : []);
  let category = null as ReturnType<SampleCatalogue['findCategory']>;
  for (const [i, name] of candidates.entries()) {
    if (category) break;
    category = catalogue.findCategory(toHalfWidth(name));
    if (category && i > 0) inferred['食品分类'] = `细类“${candidates[0]}”无法识别，按“${name}”记录`;
  }
  if (candidates.length && !category) fail('category', `未知的食品分类：${candidates[0]}`);
  if (!candidates.length && foodName) {
    category = catalogue.findCategory(foodName);
    if (category) inferred['食品分类'] = `由食品名称“${foodName}”推断`;
    else fail('foodName', `无法由食品名称“${foodName}”确定食品分类，请在文件中填写分类`);
  }

  let link = linkFromText(parsed.link);
  if (!link && options.defaultLink) {
    link = options.defaultLink;
    inferred['环节'] = '按导入时设置的默认环节';
  }
  if (!link && sampledPartyName) {
    const guess = inferLink({ sampledPartyName, nominalProducerName: parsed.nominalProducerName, taskSource: parsed.taskSource });
    if (guess) (link = guess.link), (inferred['环节'] = guess.how);
  }
  // Not a contradiction, only a fact the file does not carry: the sample is kept with its link
  // unknown (null, 待确定) and its owner bureau gets a work item to determine it (review-flags.ts).
  if (!link) review.push(LINK_UNKNOWN);

  let samplingDate = parsed.samplingDate;
  if (!samplingDate) {
    samplingDate = options.defaultSamplingDate ?? options.today;
    inferred['抽样日期'] = options.defaultSamplingDate ? '按导入时设置的默认抽样日期' : '文件未注明，按导入日期记录';
    if (!options.defaultSamplingDate) review.push(SAMPLING_DATE_UNKNOWN);
  }

  // The legal trigger of the disposal's periods: checked like an entry by hand (after sampling, not in the future).
  const receivedProblem = parsed.conclusionReceivedOn ? conclusionReceivedProblem(parsed.conclusionReceivedOn, samplingDate, options.today) : null;
  if (receivedProblem) fail('conclusionReceivedOn', receivedProblem);

  let sampleNo = clean(parsed.sampleNo);
  // Generated only for tables that have no 抽样编号 column; a blank cell in one is an error (the parser says so).
  if (!sampleNo && header.mapping.sampleNo === undefined && foodName && sampledPartyName) {
    sampleNo = deriveSampleNo({ sampledPartyName, foodName, productionDateText: parsed.productionDateText, nominalProducerName: parsed.nominalProducerName, spec: parsed.spec });
    inferred['抽样编号'] = '文件无抽样编号，由被抽样单位、食品名称、批次等生成';
  }

  const producerRegion = parsed.nominalProducerName ? partyRegion(clean(parsed.nominalProducerAddress), null) : null;
  if (producerRegion?.outside) inferred['标称生产企业'] = '省外企业';
  if (parsed.producerFromEntrusting) inferred['标称生产企业来源'] = '标识生产企业名称为空，按委托企业记录';
  // 被抽样单位省: a sample taken in another province is not this province's record, unless its
  // producer is in Sichuan: then it feeds the producer's history (the escalation rules count a
  // Sichuan producer's batches wherever they were sampled, load-history.ts) and its 协查.
  const province = parsed.sampledPartyProvince?.trim() || null;
  const skips = LAYOUT_BY_ID[header.layout].outOfProvince === 'skip';
  // A 不合格公示表 names no province, only the address: for such layouts that decides.
  const elsewhere = province !== null ? !isSichuanProvince(province) : skips && partyRegion(clean(parsed.sampledPartyAddress), parsed.regionCode).outside;
  if (elsewhere) {
    const sichuanProducer = producerRegion !== null && producerRegion.regionCode !== null;
    const where = province ?? '省外';
    if (!sichuanProducer && skips) {
      return { skipped: { row: parsed.row, sampleNo: clean(parsed.sampleNo), reason: `被抽样单位在${where}，标称生产企业不在四川：不计入本省抽检记录` } };
    }
    if (sichuanProducer) inferred[SAMPLED_OUT_OF_PROVINCE] = `被抽样单位在${where}，标称生产企业在四川：计入生产企业的抽检记录，由生产企业所在地市场监管部门核查处置`;
  }
  // The address, completed by the province, city and county columns it may leave out.
  const address = clean(parsed.sampledPartyAddress);
  const place = [parsed.sampledPartyProvince, parsed.sampledPartyCity, parsed.sampledPartyCounty]
    .filter((p): p is string => Boolean(p) && !(address ?? '').includes(p!.replace(/[省市县区]$/, '')))
    .join('');
  const sampledRegion = elsewhere ? { regionCode: null, note: null, outside: true } : partyRegion(place || address ? `${place}${address ?? ''}` : null, parsed.regionCode);
  if (sampledRegion.note) review.push(`被抽样单位地址：${sampledRegion.note}`);
  if (sampledRegion.outside) review.push('被抽样单位地址在省外');

  const defaultJudgement = parsed.items.length && header.fileConclusion === 'unqualified' ? (type === 'risk_monitoring' ? 'issue' : 'unqualified') : null;
  const evaluation = evaluateItems(
    parsed.items.map((item) => ({ ...item })),
    { samplingType: type, categoryId: category?.id ?? null, foodName: foodName ?? '', defaultJudgement },
    catalogue,
  );
  // An item's result, limit and unit come from their own columns, or all from the failed-item cell.
  const itemColumn = (field: 'resultText' | 'itemName' | 'limitText' | 'unit') =>
    header.mapping[field] !== undefined || header.mapping.failedItems === undefined ? field : 'failedItems';
  for (const e of evaluation.errors) fail(itemColumn(e.field), e.message);
  review.push(...evaluation.reviewReasons);
  let conclusion: string = evaluation.conclusion;
  if (parsed.items.length === 0 && header.fileConclusion === 'qualified') conclusion = 'qualified';
  const stated = parsed.conclusionText?.trim();
  if (parsed.items.length === 0 && stated && /合格/.test(stated)) conclusion = /不合格/.test(stated) ? (type === 'risk_monitoring' ? 'issue' : 'unqualified') : 'qualified';
  // The export's 报告分类 is the lab's conclusion on the sample: it stands, and a disagreement with
  // the items' 结果判定 or the platform's judging of them is put to a person, never overridden.
  // A 检验结论 column beside the items: checked against them, the items' judgements stand.
  const statedConclusion = parsed.items.length && stated ? reportConclusion(stated, type) : null;
  if (statedConclusion && statedConclusion !== conclusion) {
    review.push(`文件的检验结论为“${stated}”，检验项目判定为${CONCLUSION_WORDS[conclusion] ?? conclusion}：请核实`);
  }
  const reported = reportConclusion(parsed.reportCategory, type);
  if (parsed.reportCategory && !reported) fail('reportCategory', `无法识别的报告分类：${parsed.reportCategory}`);
  if (reported && reported !== conclusion) {
    review.push(`报告分类为“${parsed.reportCategory}”，检验项目判定为${CONCLUSION_WORDS[conclusion] ?? conclusion}：按报告分类记录，请核实`);
    conclusion = reported;
  }

  if (
    category &&
    requiresAccompaniment({ categoryRootName: category.rootName, importedColdChain: parsed.importedColdChain ?? false, organisedByMarketRegulation: true }) &&
    !parsed.accompanyingOfficer?.trim()
  ) {
    // A blank cell is the same as an absent column, in every layout, our template included: the
    // sample is imported with the gap flagged and sent to the owner bureau as a work item
    // (review-flags.ts). Only entry by hand in the form requires the officer.
    review.push(OFFICER_MISSING);
  }

  // 计划名称: the plan of that name links the sample, unless the user chose a plan for the file.
  let planId = options.planId ?? null;
  const planName = clean(parsed.planName);
  if (!planId && planName) {
    planId = options.plansByName?.get(planName) ?? null;
    if (!planId) review.push(`平台中没有名为“${planName}”的抽检计划，未关联计划`);
  }

  if (errors.length || !foodName || !sampledPartyName || !category || !sampleNo) {
    return { errors: errors.length ? errors : [{ row: parsed.row, column: null, message: '该行数据不完整' }] };
  }

  const values: SampleDraft['values'] = {
    samplingType: type,
    taskSource: clean(parsed.taskSource),
    foodName,
    spec: clean(parsed.spec),
    trademark: clean(parsed.trademark),
    batchNo: clean(parsed.batchNo) ?? (parsed.productionDate ? null : clean(parsed.productionDateText)),
    productionDate: parsed.productionDate,
    shelfLife: clean(parsed.shelfLife),
    categoryId: category.id,
    categoryRootId: category.rootId,
    link,
    sampledPartyName,
    sampledPartyAddress: clean(parsed.sampledPartyAddress),
    nominalProducerName: clean(parsed.nominalProducerName),
    nominalProducerAddress: clean(parsed.nominalProducerAddress),
    regionCode: sampledRegion.regionCode,
    samplingDate,
    samplers: parsed.samplers,
    importedColdChain: parsed.importedColdChain ?? false,
    accompanyingOfficer: clean(parsed.accompanyingOfficer),
    labName: clean(parsed.labName),
    remarks: clean(parsed.remarks),
    conclusion,
    inferred,
    needsReview: review.length > 0,
    reviewReasons: review,
    planId,
    noticeNo: clean(parsed.noticeNo),
    noticeDate: parsed.noticeDate,
    noticeUrl: clean(parsed.noticeUrl),
  };
  const sampledParty: EnterpriseRef = {
    name: sampledPartyName,
    creditCode: sampledCode,
    address: values.sampledPartyAddress,
    regionCode: sampledRegion.regionCode,
    // Unknown link: registered as a 经营者 (what inferLink leaves undecided is neither a caterer
    // nor the producer itself); an enterprise's kind is corrected by hand like any of its facts.
    kind: link ? KIND_OF_LINK[link] : 'distributor',
    licenceNumber: clean(parsed.sampledPartyLicence),
  };
  const nominalProducer: EnterpriseRef | null = values.nominalProducerName
    ? { name: values.nominalProducerName, creditCode: producerCode, address: values.nominalProducerAddress, regionCode: producerRegion?.regionCode ?? null, kind: 'producer' }
    : null;
  const conclusionReceivedOn = parsed.conclusionReceivedOn;
  // In the hash only when present: files without the column keep the hashes they had.
  // The announcement too (files without it keep the hashes they had before migration 0022).
  const { noticeNo, noticeDate, noticeUrl, ...rest } = values;
  const notice = noticeNo || noticeDate || noticeUrl ? { noticeNo, noticeDate, noticeUrl } : {};
  // A sampling date the file does not give is the import day: not content, or every later day's
  // re-import of the same file would count as a change (and overwrite a date recorded by hand).
  const dateUnknown = review.includes(SAMPLING_DATE_UNKNOWN);
  const hashed = { values: { ...rest, ...notice, ...(dateUnknown ? { samplingDate: null } : {}) }, items: evaluation.items, sampledCode, producerCode, ...(conclusionReceivedOn ? { conclusionReceivedOn } : {}) };
  const importHash = createHash('sha256').update(canonicalJson(hashed)).digest('hex');
  // Kept for its Sichuan producer: the producer's bureau owns it (see `ownerRegionCode`).
  const ownerRegionCode = elsewhere && producerRegion?.regionCode ? producerRegion.regionCode : sampledRegion.regionCode;
  return { draft: { row: parsed.row, sampleNo, values, sampledParty, nominalProducer, ownerRegionCode, items: evaluation.items, conclusionReceivedOn, importHash } };
}
