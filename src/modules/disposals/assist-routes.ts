import { z } from 'zod';
import { isoDate } from '../../http/dates.js';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { markAssistLetterSent, replyAssistRequest } from './reply-assist-request.js';
import { assistRecord } from '../../contracts/disposals.js';
import { ASSIST_CLOSE_REASON_MIN, closeAssistRequest } from './close-assist-request.js';

const version = z.number().int().min(1);

/**
 * 协查: the bureau asked replies; for out-of-province producers the owner records the letter sent;
 * the owner closes, with a reason, a request that will not be answered.
 */
export function registerAssistRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'POST',
    url: '/api/assist-requests/:id/reply',
    summary: '回复协查（被请求单位；省外协查由发函单位登记对方复函）：{ version, reply（不少于10字） }',
    tags: ['disposals'],
    permission: 'disposal.work',
    params: idParams,
    body: z.object({ version, reply: z.string().trim().min(10, '请填写协查核查情况，不少于10个字').max(5000) }),
    reply: assistRecord,
    handler: async ({ user, params, body, ip }) => replyAssistRequest(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/assist-requests/:id/letter-sent',
    summary: '登记省外协查函已发出（发函单位）：{ version, documentNo?（默认已生成协查函的文号）, sentOn? }',
    tags: ['disposals'],
    permission: 'disposal.work',
    params: idParams,
    body: z.object({ version, documentNo: z.string().trim().max(64).optional(), sentOn: isoDate().optional() }),
    reply: assistRecord,
    handler: async ({ user, params, body, ip }) => markAssistLetterSent(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'POST',
    url: '/api/assist-requests/:id/close',
    summary: '关闭协查（发起协查的单位，对方无法或不再回复时）：{ version, reason（不少于5字） }；核查处置须在每项协查已回复或已关闭后才能结案',
    tags: ['disposals'],
    permission: 'disposal.work',
    params: idParams,
    body: z.object({ version, reason: z.string().trim().min(ASSIST_CLOSE_REASON_MIN, '请填写关闭协查的理由，不少于5个字').max(2000) }),
    reply: assistRecord,
    handler: async ({ user, params, body, ip }) => closeAssistRequest(db, user, params.id, body, ip),
  });
}
