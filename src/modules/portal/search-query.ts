import { z } from 'zod';

const optional = <T extends z.ZodType<string>>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional()) as unknown as z.ZodOptional<T>;
const date = z.iso.date('日期格式应为 YYYY-MM-DD');

/**
 * The public search's inputs, shared by the portal and the open data API: every field
 * length-limited; a text search of at least two characters, so it always has an index to use.
 */
export const publicSearchQuery = z.object({
  q: optional(z.string().trim().min(2, '名称至少输入2个字').max(60, '名称最多60个字')),
  sampleNo: optional(z.string().trim().max(60)),
  creditCode: optional(z.string().trim().regex(/^[0-9A-Za-z]{18}$/, '统一社会信用代码应为18位')),
  category: optional(z.string().trim().max(40)),
  region: optional(z.string().trim().regex(/^\d{6}$/, '地区代码应为6位数字')),
  dateFrom: optional(date),
  dateTo: optional(date),
  conclusion: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['qualified', 'unqualified']).optional()),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PublicSearchQuery = z.infer<typeof publicSearchQuery>;
