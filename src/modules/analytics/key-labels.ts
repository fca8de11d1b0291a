import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { foodCategories } from '../../db/schema/index.js';
import type { Dimension } from '../../domain/analytics/pivot.js';
import { links, samplingTypes } from '../../domain/sampling/sample-rules.js';
import { enterpriseKinds } from '../enterprises/resolve-enterprises.js';
import { regionName } from '../stats/areas.js';

/** What an empty key means, per dimension. */
const emptyLabels: Record<Dimension, string> = {
  city: '地区未知',
  county: '地区未知',
  category: '未细分到此级',
  item: '—',
  link: '待确定',
  samplingType: '—',
  enterpriseKind: '类型未知',
  lab: '承检机构未填',
  month: '—',
  quarter: '—',
  year: '—',
};

const lookup = (table: Record<string, string>, key: string) => table[key] ?? key;

/** Chinese labels of a dimension's keys (categories from the catalogue, regions from the divisions). */
export async function keyLabels(db: Executor, dimension: Dimension, keys: (string | null)[]): Promise<Map<string | null, string>> {
  const labels = new Map<string | null, string>();
  let names = new Map<string, string>();
  if (dimension === 'category') {
    const ids = keys.filter((k): k is string => k !== null);
    if (ids.length) {
      const rows = await db.select({ id: foodCategories.id, name: foodCategories.name }).from(foodCategories).where(inArray(foodCategories.id, ids));
      names = new Map(rows.map((r) => [r.id, r.name]));
    }
  }
  for (const key of keys) {
    if (key === null) {
      labels.set(key, emptyLabels[dimension]);
      continue;
    }
    switch (dimension) {
      case 'city':
      case 'county': {
        const name = regionName(key);
        labels.set(key, dimension === 'county' && key.endsWith('00') ? `${name}本级` : name);
        break;
      }
      case 'category':
        labels.set(key, names.get(key) ?? key);
        break;
      case 'link':
        labels.set(key, lookup(links, key));
        break;
      case 'samplingType':
        labels.set(key, lookup(samplingTypes, key));
        break;
      case 'enterpriseKind':
        labels.set(key, lookup(enterpriseKinds, key));
        break;
      case 'month':
        labels.set(key, `${key.slice(0, 4)}年${Number(key.slice(5))}月`);
        break;
      case 'quarter':
        labels.set(key, `${key.slice(0, 4)}年第${key.slice(-1)}季度`);
        break;
      case 'year':
        labels.set(key, `${key}年`);
        break;
      default:
        labels.set(key, key);
    }
  }
  return labels;
}

/** Display order: time and regions by key, the rest by samples (most first), the empty key last. */
export function orderKeys(dimension: Dimension, keys: { key: string | null; samples: number }[]): (string | null)[] {
  const byKey = ['city', 'county', 'month', 'quarter', 'year'].includes(dimension);
  return [...keys]
    .sort((a, b) => {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return byKey ? a.key.localeCompare(b.key) : b.samples - a.samples || a.key.localeCompare(b.key);
    })
    .map((k) => k.key);
}
