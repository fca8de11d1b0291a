import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { createCategory } from './create-category.js';
import { listCategories } from './list-categories.js';
import { listTestItems } from './list-test-items.js';
import { updateCategory } from './update-category.js';
import { updateLimit } from './update-limit.js';
import { category, categoryList, itemLimit, testItemList } from '../../contracts/catalogue.js';

const version = z.number('缺少版本号').int().min(1);
const categoryName = z.string().trim().min(1, '请填写分类名称').max(100, '分类名称不超过100字');
const testItemKinds = ['pesticide', 'veterinary_drug', 'contaminant', 'additive', 'microbe', 'quality', 'other'] as const;

export function registerCatalogueRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/catalogue/categories',
    summary: '食品分类（大类→亚类→品种→细类，平铺列表，含已停用）',
    tags: ['catalogue'],
    permission: 'sample.read',
    reply: categoryList,
    handler: async () => listCategories(db),
  });
  route(api, {
    method: 'GET',
    url: '/api/catalogue/test-items',
    summary: '检验项目及其按分类、标准的限量（q 搜索名称或别名）',
    tags: ['catalogue'],
    permission: 'sample.read',
    reply: testItemList,
    query: z.object({ q: z.string().trim().min(1).max(64).optional(), kind: z.enum(testItemKinds).optional() }),
    handler: async ({ query }) => listTestItems(db, query),
  });
  route(api, {
    method: 'POST',
    url: '/api/catalogue/categories',
    summary: '新增食品分类（在已有分类下，最多四级；同级名称不重复）',
    tags: ['catalogue'],
    permission: 'catalogue.manage',
    reply: category,
    body: z.object({ parentId: z.uuid('请选择上级分类'), name: categoryName }),
    handler: async ({ user, body, ip, reply }) => {
      reply.status(201);
      return createCategory(db, user, body, ip);
    },
  });
  route(api, {
    method: 'PATCH',
    url: '/api/catalogue/categories/:id',
    summary: '修改食品分类（名称、启用、排序；乐观锁：提交所见的 version）',
    tags: ['catalogue'],
    permission: 'catalogue.manage',
    reply: category,
    params: idParams,
    body: z.object({
      version,
      name: categoryName.optional(),
      active: z.boolean().optional(),
      sortOrder: z.number().int('排序应为整数').min(0, '排序应为非负整数').max(100_000).optional(),
    }),
    handler: async ({ user, params, body, ip }) => updateCategory(db, user, { id: params.id, ...body }, ip),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/catalogue/limits/:id',
    summary: '修改限量（“不得检出”不填限量值；微生物采样方案 n、c、m、M 决定限量类型和限量值；备注去掉“待核实”即为确认；乐观锁：提交所见的 version）',
    tags: ['catalogue'],
    permission: 'catalogue.manage',
    reply: itemLimit,
    params: idParams,
    body: z.object({
      version,
      limitType: z.enum(['max', 'min', 'not_detected'], '限量类型应为 max、min 或 not_detected').optional(),
      limitValue: z
        .string()
        .trim()
        .regex(/^\d{1,12}(\.\d{1,8})?$/, '限量值应为非负数，如 0.05')
        .nullable()
        .optional(),
      unit: z.string().trim().max(32, '单位不超过32字').nullable().optional(),
      samplingPlan: z
        .object({
          n: z.number().int('n 应为整数').min(1, 'n 至少为 1').max(100, 'n 不超过 100'),
          c: z.number().int('c 应为整数').min(0, 'c 不能为负数').max(100, 'c 不超过 100'),
          m: z.number().min(0, 'm 不能为负数').max(1e12, 'm 过大'),
          M: z.number().min(0, 'M 不能为负数').max(1e12, 'M 过大').nullable(),
        })
        .nullable()
        .optional(),
      standard: z.string().trim().min(1, '请填写依据标准').max(100, '依据标准不超过100字').optional(),
      note: z.string().trim().max(500, '备注不超过500字').nullable().optional(),
    }),
    handler: async ({ user, params, body, ip }) => updateLimit(db, user, { id: params.id, ...body }, ip),
  });
}
