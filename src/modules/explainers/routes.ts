import { z } from 'zod';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { explainer, explainerList } from '../../contracts/publication.js';
import { listExplainers, updateExplainer, type ExplainerRow } from './explainers.js';

const view = (e: ExplainerRow) => ({ ...e, reviewStatus: e.reviewStatus as 'draft' | 'reviewed' });
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max);

export function registerExplainerRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/explainers',
    summary: '标准解读库：每个检验项目的说明、限量与标准条款、健康影响、常见原因（审核状态）',
    tags: ['publication'],
    permission: 'publication.read',
    reply: explainerList,
    handler: async () => ({ items: (await listExplainers(db)).map(view) }),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/explainers/:id',
    summary: '修改标准解读（留痕；乐观锁：提交所见的 version）；研究院审核后可标记为已审核',
    tags: ['publication'],
    permission: 'explainer.edit',
    params: idParams,
    body: z.object({
      version: z.number().int().min(1),
      summary: text(2000).optional(),
      limitText: z.string().trim().max(500).nullable().optional(),
      standardClause: z.string().trim().max(500).nullable().optional(),
      healthMeaning: text(2000).optional(),
      commonCauses: text(2000).optional(),
      reviewStatus: z.enum(['draft', 'reviewed']).optional(),
      reviewerNote: z.string().trim().max(500).nullable().optional(),
    }),
    reply: explainer,
    handler: async ({ user, params, body, ip }) => view(await updateExplainer(db, user, params.id, body, ip)),
  });
}
