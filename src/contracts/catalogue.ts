/** Reply contracts of /api/catalogue (food categories, test items and their limits). */
import { z } from 'zod';
import { samplingPlan } from './samples.js';

/** A food category; the list is flat, parents before children: the web builds the tree. */
export const category = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  /** 1 大类, 2 亚类, 3 品种, 4 细类 */
  level: z.number(),
  name: z.string(),
  rootId: z.string(),
  sortOrder: z.number(),
  active: z.boolean(),
  version: z.number(),
});
export type Category = z.infer<typeof category>;
export const categoryList = z.array(category);

export const limitType = z.enum(['max', 'min', 'not_detected']);
export type LimitType = z.infer<typeof limitType>;

export const itemLimit = z.object({
  id: z.string(),
  testItemId: z.string(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  /** The limit applies where the food's name contains this (韭菜 under 鳞茎类蔬菜). */
  foodKeyword: z.string().nullable(),
  standard: z.string(),
  limitType,
  /** A decimal as text, null for 不得检出. */
  limitValue: z.string().nullable(),
  unit: z.string().nullable(),
  /** A microbiological sampling plan (GB 4789.1-2016 §3.2); the limit value is then its M (or m). */
  samplingPlan: samplingPlan.nullable(),
  note: z.string().nullable(),
  /** Not verified against the primary text: an editable default marked 待核实. */
  unverified: z.boolean(),
  version: z.number(),
});
export type ItemLimit = z.infer<typeof itemLimit>;

export const testItem = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string(),
  microbiological: z.boolean(),
  unit: z.string().nullable(),
  limits: z.array(itemLimit),
});
export type TestItem = z.infer<typeof testItem>;
export const testItemList = z.object({ items: z.array(testItem) });
export type TestItemList = z.infer<typeof testItemList>;
