/**
 * The 新建抽样 form's values, turned into the body of POST /api/samples; the names of its fields
 * as the server's error details spell them; and the accompanied-sampling rule it shows.
 */
import type { Dayjs } from 'dayjs';
import type { Link, SamplingType } from '../../../lib/enums';
import type { ItemInput, NewSample, PartyInput } from '../samples-api';

export interface PartyValues {
  name?: string;
  creditCode?: string;
  address?: string;
  regionCode?: string;
  licenceNumber?: string;
}

export interface ItemValues {
  itemName?: string;
  resultText?: string;
  unit?: string;
  limitText?: string;
  standard?: string;
  judgementText?: string;
}

export interface SampleFormValues {
  sampleNo: string;
  samplingType: SamplingType;
  planId?: string;
  taskSource?: string;
  foodName: string;
  categoryId: string;
  spec?: string;
  trademark?: string;
  batchNo?: string;
  productionDate?: Dayjs | null;
  shelfLife?: string;
  link: Link;
  sampledParty: PartyValues;
  nominalProducer?: PartyValues;
  samplingDate: Dayjs;
  samplers?: string[];
  organisedByMarketRegulation: boolean;
  importedColdChain: boolean;
  accompanyingOfficer?: string;
  labName?: string;
  reportNo?: string;
  /** The day the conclusion was received: the disposal's periods count from it. */
  conclusionReceivedOn?: Dayjs | null;
  remarks?: string;
  items?: ItemValues[];
}

const PARTY_FIELDS = ['name', 'creditCode', 'address', 'regionCode', 'licenceNumber'];
const ITEM_FIELDS = ['itemName', 'resultText', 'unit', 'limitText', 'standard', 'judgementText'];

/** Result-item fields as the server names them in error details (`items.0.resultText`). */
export const itemFieldPatterns = ITEM_FIELDS.map((f) => `items.*.${f}`);

/** Every field of the form, as the server names them in error details. */
export const sampleFieldPatterns: readonly string[] = [
  'sampleNo', 'samplingType', 'planId', 'taskSource', 'foodName', 'categoryId', 'spec', 'trademark', 'batchNo',
  'productionDate', 'shelfLife', 'link', 'samplingDate', 'samplers', 'accompanyingOfficer', 'labName', 'reportNo', 'conclusionReceivedOn', 'remarks',
  ...PARTY_FIELDS.map((f) => `sampledParty.${f}`),
  ...PARTY_FIELDS.map((f) => `nominalProducer.${f}`),
  ...itemFieldPatterns,
];

/** Trimmed text, or null when nothing is left. */
export function text(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

function party(values: PartyValues): PartyInput {
  return {
    name: values.name?.trim() ?? '',
    creditCode: text(values.creditCode),
    address: text(values.address),
    regionCode: values.regionCode ?? null,
    licenceNumber: text(values.licenceNumber),
  };
}

/** Result rows as the API takes them; a row left completely empty is dropped. */
export function toItemInputs(items: readonly ItemValues[] | undefined): ItemInput[] {
  return (items ?? [])
    .filter((i) => ITEM_FIELDS.some((f) => text(i[f as keyof ItemValues])))
    .map((i) => ({
      itemName: i.itemName?.trim() ?? '',
      resultText: i.resultText?.trim() ?? '',
      unit: text(i.unit),
      limitText: text(i.limitText),
      standard: text(i.standard),
      judgementText: text(i.judgementText),
    }));
}

export function toNewSample(v: SampleFormValues): NewSample {
  const items = toItemInputs(v.items);
  return {
    sampleNo: v.sampleNo.trim(),
    planId: v.planId ?? null,
    samplingType: v.samplingType,
    taskSource: text(v.taskSource),
    foodName: v.foodName.trim(),
    spec: text(v.spec),
    trademark: text(v.trademark),
    batchNo: text(v.batchNo),
    productionDate: v.productionDate ? v.productionDate.format('YYYY-MM-DD') : null,
    shelfLife: text(v.shelfLife),
    categoryId: v.categoryId,
    link: v.link,
    sampledParty: party(v.sampledParty),
    // The nominal producer is optional: sent only when named.
    nominalProducer: text(v.nominalProducer?.name) ? party(v.nominalProducer!) : null,
    samplingDate: v.samplingDate.format('YYYY-MM-DD'),
    samplers: (v.samplers ?? []).map((s) => s.trim()).filter(Boolean),
    organisedByMarketRegulation: v.organisedByMarketRegulation,
    importedColdChain: v.importedColdChain,
    accompanyingOfficer: text(v.accompanyingOfficer),
    labName: text(v.labName),
    reportNo: text(v.reportNo),
    conclusionReceivedOn: v.conclusionReceivedOn ? v.conclusionReceivedOn.format('YYYY-MM-DD') : null,
    remarks: text(v.remarks),
    ...(items.length > 0 ? { items } : {}),
  };
}

/**
 * 《工作规范》第二十三条: sampling of 食用农产品 and of 进口冷链食品, organised by market regulation,
 * is accompanied by an enforcement officer. The server enforces the same rule.
 */
export function requiresAccompaniment(input: { categoryRootName: string | null; importedColdChain: boolean; organisedByMarketRegulation: boolean }): boolean {
  if (!input.organisedByMarketRegulation) return false;
  return input.categoryRootName === '食用农产品' || input.importedColdChain;
}
