import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { hasMarkup, NO_MARKUP } from '../../domain/complaints/markup.js';
import type { Db } from '../../db/client.js';
import { complaints, orgUnits } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { organisationRows } from '../org/seed-organisation.js';
import { Html, html, page } from '../portal/html.js';
import { PORTAL_CSP } from '../portal/pages.js';
import { complaintKinds, publicStatusText } from './complaint-names.js';
import { intakeComplaint } from './create-complaint.js';
import { formTokens } from './form-token.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';

/** Submissions (and queries) one client may make in ten minutes. */
export const PORTAL_COMPLAINT_LIMIT = 10;
const FORM_BODY_LIMIT = 32 * 1024;

const cities = organisationRows()
  .filter((row) => row.kind === 'city_bureau' && row.regionCode)
  .map((row) => ({ code: row.regionCode!, name: row.shortName ?? row.name }));

const formSchema = z.object({
  kind: z.enum(['complaint', 'report'], '请选择投诉或举报'),
  anonymous: z.string().optional(),
  name: z.string().trim().max(30, '姓名不能超过30字').optional(),
  phone: z.string().trim().max(20, '联系电话不能超过20位').optional(),
  city: z.string().trim().max(6).optional(),
  address: z.string().trim().min(1, '请填写事发地址（写明市、县（区）和街道门牌）').max(300, '地址不能超过300字'),
  enterpriseName: z.string().trim().max(200, '被投诉举报对象不能超过200字').optional(),
  foodName: z.string().trim().max(100, '食品名称不能超过100字').optional(),
  description: z.string().trim().min(10, '请具体描述问题（至少10个字）').max(5000, '问题描述不能超过5000字').refine((v) => !hasMarkup(v), `问题描述${NO_MARKUP}`),
  token: z.string().optional(),
});
type FormValues = Partial<Record<keyof z.infer<typeof formSchema>, string>>;

const querySchema = z.object({
  trackingNo: z.string().trim().min(1, '请填写查询编号').max(40, '查询编号格式不正确'),
  phoneLast4: z.string().trim().max(4).optional(),
  token: z.string().optional(),
});

function send(reply: FastifyReply, status: number, title: string, body: Html) {
  // Personal and per-person pages: never cached anywhere.
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').header('content-security-policy', PORTAL_CSP).header('cache-control', 'no-store').send(page(title, body));
}

/** A browser posting from another site is refused; a form from this site carries our Origin or same-origin fetch metadata. */
function crossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

export function registerComplaintPortal(app: FastifyInstance, db: Db, cipher: PersonalDataCipher, secret: Buffer) {
  const tokens = formTokens(secret);
  const opts = { config: { public: true } };

  const form = (values: FormValues, errors: Record<string, string>, token: string, problem?: string) => {
    const err = (field: string) => (errors[field] ? html`<span class="field-error">${errors[field]}</span>` : '');
    const input = (name: keyof FormValues, label: string, extra = '') =>
      html`<label>${label}<input name="${name}" value="${values[name] ?? ''}" ${new Html(extra)}>${err(name)}</label>`;
    return html`<p>向四川省市场监督管理部门投诉食品消费纠纷，或举报食品生产经营者的违法线索。我们将在收到后7个工作日内决定是否受理投诉（《市场监督管理投诉举报处理暂行办法》第十四条），您可凭查询编号和联系电话后四位查询办理情况。</p>
${problem ? html`<p class="bad">${problem}</p>` : ''}
<form class="complaint" method="post" action="/public/complaints">
<input type="hidden" name="token" value="${token}">
<label>类型<select name="kind">${Object.entries(complaintKinds).map(([k, v]) => html`<option value="${k}"${values.kind === k ? new Html(' selected') : ''}>${v}${k === 'complaint' ? '（消费纠纷，请求调解）' : '（反映违法线索）'}</option>`)}</select>${err('kind')}</label>
<label class="inline"><input type="checkbox" name="anonymous" value="1"${values.anonymous ? new Html(' checked') : ''}>匿名（不留姓名和电话；匿名投诉无法调解，也不会收到答复，可凭查询编号查询办理情况）</label>
${input('name', '姓名', 'maxlength="30" autocomplete="name"')}
${input('phone', '联系电话', 'maxlength="20" inputmode="tel" autocomplete="tel"')}
<label>所在市（州）<select name="city"><option value="">请选择</option>${cities.map((c) => html`<option value="${c.code}"${values.city === c.code ? new Html(' selected') : ''}>${c.name}</option>`)}</select>${err('city')}</label>
${input('address', '事发地址', 'maxlength="300" placeholder="如：乐山市市中区某街道某号"')}
${input('enterpriseName', '被投诉举报的单位（商店、餐馆、企业）', 'maxlength="200"')}
${input('foodName', '涉及的食品', 'maxlength="100"')}
<label>问题描述<textarea name="description" rows="6" maxlength="5000">${values.description ?? ''}</textarea>${err('description')}</label>
<button type="submit">提交</button>
</form>
<h2>查询办理情况</h2><p><a href="/public/complaints/query">凭查询编号查询</a></p>`;
  };

  const queryForm = (values: { trackingNo?: string }, token: string, problem?: string) =>
    html`${problem ? html`<p class="bad">${problem}</p>` : ''}<form class="complaint" method="post" action="/public/complaints/query">
<input type="hidden" name="token" value="${token}">
<label>查询编号<input name="trackingNo" value="${values.trackingNo ?? ''}" maxlength="40" placeholder="TS开头的编号"></label>
<label>联系电话后四位（匿名投诉举报不填）<input name="phoneLast4" maxlength="4" inputmode="numeric" autocomplete="off"></label>
<button type="submit">查询</button></form>`;

  app.get('/public/complaints', opts, async (_request, reply) => send(reply, 200, '投诉举报', form({ kind: 'complaint' }, {}, tokens.issue())));
  app.get('/public/complaints/query', opts, async (_request, reply) => send(reply, 200, '查询投诉举报办理情况', queryForm({}, tokens.issue())));

  app.register(async (scoped) => {
    // No session, no JSON: the plain HTML form's encoding, parsed here only.
    scoped.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    await scoped.register(import('@fastify/rate-limit'), {
      max: PORTAL_COMPLAINT_LIMIT,
      timeWindow: '10 minutes',
      keyGenerator: (request) => request.ip,
      errorResponseBuilder: () => new DomainError('RATE_LIMITED'),
    });

    scoped.post('/public/complaints', { ...opts, bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const raw = (request.body ?? {}) as Record<string, string>;
      const values = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== 'token')) as FormValues;
      if (crossSite(request) || !tokens.valid(raw.token)) return send(reply, 400, '投诉举报', form(values, {}, tokens.issue(), '表单已过期或无效，请重新提交。'));
      const parsed = formSchema.safeParse(raw);
      const errors: Record<string, string> = {};
      if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      const anonymous = Boolean(raw.anonymous);
      if (!anonymous && !raw.phone?.trim()) errors.phone = '请填写联系电话，或选择匿名';
      if (raw.phone?.trim() && !/^[0-9+\-\s]{7,20}$/.test(raw.phone.trim())) errors.phone = '联系电话格式不正确';
      if (raw.city && !cities.some((c) => c.code === raw.city)) errors.city = '请选择所在市（州）';
      if (!parsed.success || Object.keys(errors).length) return send(reply, 400, '投诉举报', form(values, errors, tokens.issue(), '请按提示修改后重新提交。'));
      const v = parsed.data;
      const now = new Date();
      const outcome = await intakeComplaint(
        db,
        { userId: null, username: 'public:portal', unitId: null, ip: request.ip },
        {
          channel: 'portal',
          intake: 'portal',
          kind: v.kind,
          anonymous,
          complainantName: anonymous ? null : v.name || null,
          complainantPhone: anonymous ? null : v.phone || null,
          cityCode: v.city || null,
          address: v.address,
          enterpriseName: v.enterpriseName || null,
          foodName: v.foodName || null,
          description: v.description,
          receivedAt: now,
        },
        cipher,
        now,
      );
      return send(
        reply,
        201,
        '已收到您的投诉举报',
        html`<p>感谢您的反映。您的查询编号是：</p><p class="tracking" data-testid="tracking-no">${outcome.trackingNo}</p>
<p>请妥善保存。${anonymous ? '匿名投诉举报可凭编号查询办理情况。' : '您可凭此编号和联系电话后四位查询办理情况。'}${outcome.result === 'merged' ? '您在7日内对同一对象的反映将合并办理。' : ''}</p>
<p><a href="/public/complaints/query">查询办理情况</a></p>`,
      );
    });

    scoped.post('/public/complaints/query', { ...opts, bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const raw = (request.body ?? {}) as Record<string, string>;
      if (crossSite(request) || !tokens.valid(raw.token)) return send(reply, 400, '查询投诉举报办理情况', queryForm({ trackingNo: raw.trackingNo }, tokens.issue(), '表单已过期或无效，请重新查询。'));
      const parsed = querySchema.safeParse(raw);
      if (!parsed.success) return send(reply, 400, '查询投诉举报办理情况', queryForm({ trackingNo: raw.trackingNo }, tokens.issue(), parsed.error.issues[0]?.message ?? '查询条件有误'));
      const { trackingNo, phoneLast4 } = parsed.data;
      const [row] = await db
        .select({ c: complaints, unitName: orgUnits.name })
        .from(complaints)
        .innerJoin(orgUnits, eq(orgUnits.id, complaints.handlerUnitId))
        .where(and(eq(complaints.trackingNo, trackingNo.toUpperCase())))
        .limit(1);
      // One answer for "no such number" and "wrong digits": nothing to enumerate.
      const phone = row?.c.complainantPhoneEnc ? cipher.decrypt(row.c.complainantPhoneEnc).replace(/\D/g, '') : null;
      const matches = row && (phone ? phoneLast4 === phone.slice(-4) : row.c.anonymous || !phoneLast4);
      if (!row || !matches) return send(reply, 404, '查询投诉举报办理情况', queryForm({ trackingNo }, tokens.issue(), '未找到相应的投诉举报，请核对查询编号和电话后四位。'));
      const c = row.c;
      return send(
        reply,
        200,
        '投诉举报办理情况',
        html`<div class="table-wrap"><table><tbody>
<tr><th>查询编号</th><td>${c.trackingNo}</td></tr>
<tr><th>类型</th><td>${complaintKinds[c.kind as keyof typeof complaintKinds] ?? ''}</td></tr>
<tr><th>收到日期</th><td>${toLocalDate(c.receivedAt)}</td></tr>
<tr><th>办理单位</th><td>${row.unitName}</td></tr>
<tr><th>办理情况</th><td data-testid="complaint-status">${publicStatusText(c.status, c.outcome)}</td></tr>
${c.status === 'rejected' && c.outcomeNote ? html`<tr><th>不予受理理由</th><td class="pre">${c.outcomeNote}</td></tr>` : ''}
${c.replyText ? html`<tr><th>答复</th><td class="pre">${c.replyText}</td></tr>` : ''}
</tbody></table></div><p><a href="/public/complaints">返回投诉举报</a></p>`,
      );
    });
  });
}
