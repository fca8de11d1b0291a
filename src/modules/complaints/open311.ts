import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { hasMarkup, NO_MARKUP } from '../../domain/complaints/markup.js';
import { open311Posted, open311Request, open311Services } from '../../contracts/complaints.js';
import type { Db } from '../../db/client.js';
import { complaints, orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { route, type ApiContext } from '../../http/api-route.js';
import { publicStatusText } from './complaint-names.js';
import { intakeComplaint } from './create-complaint.js';
import { verifyIntakeKey } from './intake-keys.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';

/**
 * The intake API for the 12345 hotline system, modelled on Open311 GeoReport v2 (JSON only):
 * the service list, posting a request, reading a request's status. Authenticated by an intake
 * key (X-Api-Key, see intake-keys.ts): without a valid key 401, nothing stored. A replay — the same
 * X-Request-Id, or the same 12345 number — answers the first record's id and stores nothing more.
 */
export const OPEN311_SERVICES = [
  { service_code: 'food_complaint', kind: 'complaint', service_name: '食品投诉', description: '消费者与食品生产经营者之间的消费纠纷（《市场监督管理投诉举报处理暂行办法》投诉）', keywords: '投诉,消费纠纷,食品' },
  { service_code: 'food_report', kind: 'report', service_name: '食品举报', description: '反映食品生产经营者涉嫌违法的线索（《市场监督管理投诉举报处理暂行办法》举报）', keywords: '举报,违法线索,食品' },
] as const;

/** Big enough for any real work order (descriptions ≤ 5000 characters), small enough to refuse a flood. */
export const OPEN311_BODY_LIMIT = 32 * 1024;

const text = (max: number, label: string) => z.string(`${label}应为文字`).trim().max(max, `${label}不能超过${max}字`);

export const open311RequestBody = z.object({
  service_code: z.string('请填写服务类型（service_code）').max(40),
  description: text(5000, '诉求内容').min(1, '请填写诉求内容（description）').refine((v) => !hasMarkup(v), `诉求内容${NO_MARKUP}`),
  address_string: text(300, '地址').min(1, '请填写事发地址（address_string）').refine((v) => !hasMarkup(v), `地址${NO_MARKUP}`),
  first_name: text(30, '姓名').optional(),
  last_name: text(30, '姓名').optional(),
  phone: text(30, '电话').optional(),
  email: text(100, '电子邮箱').optional(),
  lat: z.number().optional(),
  long: z.number().optional(),
  /** Extensions of the 12345 hotline: its work-order number and deadline, the subject, the food. */
  hotline_no: text(64, '12345工单编号').optional(),
  hotline_due: z.iso.datetime({ offset: true, message: '办理时限应为 ISO 8601 时间，如 2026-12-20T18:00:00+08:00' }).optional(),
  requested_datetime: z.iso.datetime({ offset: true, message: '受理时间应为 ISO 8601 时间' }).optional(),
  business_name: text(200, '被投诉举报对象').optional(),
  business_credit_code: text(30, '统一社会信用代码').optional(),
  food_name: text(100, '食品名称').optional(),
  anonymous: z.boolean().optional(),
});

export function registerOpen311(api: ApiContext, cipher: PersonalDataCipher) {
  const db = api.database.db as Db;
  const apiKey = { header: 'X-Api-Key', verify: (key: string | undefined) => verifyIntakeKey(db, key) };

  route(api, {
    method: 'GET',
    url: '/open311/v2/services.json',
    summary: 'Open311：可受理的服务类型（食品投诉、食品举报），无需密钥',
    tags: ['open311'],
    permission: 'public',
    reply: open311Services,
    handler: async () => OPEN311_SERVICES.map((s) => ({ service_code: s.service_code, service_name: s.service_name, description: s.description, metadata: false, type: 'realtime' as const, keywords: s.keywords, group: '食品安全' })),
  });

  route(api, {
    method: 'POST',
    url: '/open311/v2/requests.json',
    summary:
      'Open311：12345 热线转办投诉举报（请求头 X-Api-Key：接入密钥；可选 X-Request-Id 幂等键）。必填 service_code、description、address_string；扩展字段 hotline_no（工单编号，重复提交返回原编号）、hotline_due（办理时限）、business_name、business_credit_code、food_name、first_name/last_name/phone、anonymous。请求体不超过32KB',
    tags: ['open311'],
    permission: 'public',
    apiKey,
    bodyLimit: OPEN311_BODY_LIMIT,
    body: open311RequestBody,
    reply: open311Posted,
    handler: async ({ body, client, request, reply, ip }) => {
      const service = OPEN311_SERVICES.find((s) => s.service_code === body.service_code);
      if (!service) throw new DomainError('INTAKE_SERVICE_UNKNOWN', { service_code: body.service_code });
      const key = client as { id: string; name: string };
      const requestId = request.headers['x-request-id'];
      if (typeof requestId === 'string' && requestId.length > 100) throw new DomainError('VALIDATION_FAILED', { 'X-Request-Id': '幂等键不能超过100个字符' });
      const name = [body.last_name, body.first_name].filter(Boolean).join('') || null;
      const now = new Date();
      const outcome = await intakeComplaint(
        db,
        { userId: null, username: `intake:${key.name}`, unitId: null, ip },
        {
          channel: 'hotline',
          intake: 'api',
          kind: service.kind,
          anonymous: body.anonymous ?? (!name && !body.phone),
          complainantName: name,
          complainantPhone: body.phone ?? null,
          enterpriseName: body.business_name ?? null,
          enterpriseCreditCode: body.business_credit_code ?? null,
          foodName: body.food_name ?? null,
          address: body.address_string,
          description: body.description,
          hotlineNo: body.hotline_no ?? null,
          hotlineDueAt: body.hotline_due ? new Date(body.hotline_due) : null,
          requestKey: typeof requestId === 'string' && requestId ? requestId : null,
          intakeKeyId: key.id,
          receivedAt: body.requested_datetime && new Date(body.requested_datetime) < now ? new Date(body.requested_datetime) : now,
        },
        cipher,
        now,
      );
      reply.status(outcome.result === 'duplicate' ? 200 : 201);
      const notice = outcome.result === 'duplicate' ? '重复提交：返回已受理的编号' : outcome.result === 'merged' ? '与同一投诉人7日内对同一对象的投诉举报合并办理' : '已收到';
      return [{ service_request_id: outcome.trackingNo, service_notice: notice }];
    },
  });

  route(api, {
    method: 'GET',
    url: '/open311/v2/requests/:id.json',
    summary: 'Open311：查询 12345 转办件的办理状态（请求头 X-Api-Key）',
    tags: ['open311'],
    permission: 'public',
    apiKey,
    params: z.object({ id: z.string().trim().min(1).max(40, '编号格式不正确') }),
    reply: open311Request,
    handler: async ({ params }) => {
      const [row] = await db
        .select({ c: complaints, unitName: orgUnits.name })
        .from(complaints)
        .innerJoin(orgUnits, eq(orgUnits.id, complaints.handlerUnitId))
        // A key reads the hotline's own transfers, never portal or counter complaints.
        .where(and(eq(complaints.trackingNo, params.id), eq(complaints.channel, 'hotline')))
        .limit(1);
      if (!row) throw new DomainError('NOT_FOUND', { entity: 'complaint', id: params.id });
      const c = row.c;
      const service = OPEN311_SERVICES.find((s) => s.kind === c.kind)!;
      return [
        {
          service_request_id: c.trackingNo,
          status: ['rejected', 'closed', 'merged'].includes(c.status) ? ('closed' as const) : ('open' as const),
          status_notes: [publicStatusText(c.status, c.outcome), c.replyText].filter(Boolean).join('。'),
          service_name: service.service_name,
          service_code: service.service_code,
          agency_responsible: row.unitName,
          requested_datetime: c.receivedAt.toISOString(),
          updated_datetime: c.updatedAt.toISOString(),
          expected_datetime: c.dueAt?.toISOString() ?? c.hotlineDueAt?.toISOString() ?? null,
          address: c.address,
        },
      ];
    },
  });
}
