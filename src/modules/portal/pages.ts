import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { disposalRows } from '../../domain/publication/disposal-text.js';
import { explainerFor } from '../explainers/explainers.js';
import { organisationRows } from '../org/seed-organisation.js';
import { Html, html, page, STYLESHEET } from './html.js';
import { getPublic, listPublic, publicExplainers, relatedResults, type PublicExplainer } from './public-publications.js';
import { openView, publicResult, resultsOfPublication, searchPublicResults, type OpenView } from './public-results.js';
import { publicSearchQuery } from './search-query.js';

/** The portal's CSP: no script, no frame, no foreign origin; forms post only here. */
export const PORTAL_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Every portal page, for the public exposure test (test/api/public-exposure.test.ts). */
export const portalPaths = ['/public/', '/public/announcements', '/public/announcements/:id', '/public/results', '/public/results/:sampleNo', '/public/warnings', '/public/warnings/:id', '/public/explainers'] as const;

const PAGE_SIZE = 20;
const conclusionText = (c: string | null) => (c === 'unqualified' ? html`<span class="bad">不合格</span>` : c === 'qualified' ? html`<span class="good">合格</span>` : html`—`);
const day = (d: Date | string | null) => (d ? new Date(d).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
const uuid = z.uuid();

function send(reply: FastifyReply, status: number, title: string, body: Html, maxAge = 60) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PORTAL_CSP)
    // Public, identical for everyone: shared caches may keep it a minute (a scheduled publication shows within that).
    .header('cache-control', status === 200 ? `public, max-age=${maxAge}` : 'public, max-age=30')
    .send(page(title, body));
}

/** One reply for "never published", "not yet published" and "no such record": nothing to enumerate. */
const notFound = (reply: FastifyReply) => send(reply, 404, '未找到', html`<p>未找到相关的公开信息。请核对后重新查询，或返回<a href="/public/">首页</a>。</p>`);

function resultRows(rows: OpenView[]): Html {
  if (rows.length === 0) return html`<p class="muted">没有符合条件的公开结果。</p>`;
  return html`<div class="table-wrap"><table><thead><tr><th>抽样编号</th><th>食品名称</th><th>被抽样单位</th><th>标称生产企业</th><th>结论</th><th>不合格项目</th><th>公布日期</th></tr></thead><tbody>${rows.map(
    (r) =>
      html`<tr><td><a href="/public/results/${encodeURIComponent(r.sampleNo)}">${r.sampleNo}</a></td><td>${r.foodName ?? '（已撤回）'}</td><td>${r.sampledPartyName ?? ''}</td><td>${r.nominalProducerName ?? ''}</td><td>${conclusionText(r.conclusion)}</td><td>${r.failedItems.map((f) => f.itemName).join('、')}</td><td>${day(r.publishedAt)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** 核查处置情况: per failed sample, the measures of its disposal as published (or 处置中). */
function disposalSection(rows: string[][]): Html {
  if (rows.length < 2) return html``;
  const [head, ...body] = rows;
  return html`<h2>核查处置情况</h2><div class="table-wrap"><table><thead><tr>${head.slice(1).map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${body.map(
    (r) => html`<tr>${r.slice(1).map((c) => html`<td>${c}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

function explainerBlock(e: PublicExplainer): Html {
  return html`<div class="explainer" id="item-${e.id}"><h3>${e.itemName}</h3><dl>
<dt>是什么</dt><dd>${e.summary}</dd>
${e.limitText ? html`<dt>限量要求</dt><dd>${e.limitText}</dd>` : ''}
${e.standardClause ? html`<dt>标准依据</dt><dd>${e.standardClause}</dd>` : ''}
<dt>对健康的影响</dt><dd>${e.healthMeaning}</dd>
<dt>不合格的常见原因</dt><dd>${e.commonCauses}</dd></dl>
${e.reviewStatus === 'draft' ? html`<p class="muted">本解读为初稿，待四川省食品检验研究院审核。</p>` : ''}</div>`;
}

/** The 21 cities (市、州) for the region choice: the public picks a name, never types a code. */
const cities = organisationRows()
  .filter((row) => row.kind === 'city_bureau' && row.regionCode)
  .map((row) => ({ code: row.regionCode!, name: row.shortName ?? row.name }));

function searchForm(q: Record<string, string | undefined>): Html {
  const input = (name: string, label: string, placeholder = '') => html`<label>${label}<input name="${name}" value="${q[name] ?? ''}" placeholder="${placeholder}" maxlength="60"></label>`;
  return html`<form class="search" method="get" action="/public/results">
${input('q', '食品或企业名称', '至少2个字')}${input('creditCode', '统一社会信用代码')}${input('sampleNo', '抽样编号')}${input('category', '食品类别', '如 糕点')}
<label>地区<select name="region"><option value="">全省</option>${cities.map((c) => html`<option value="${c.code}"${q.region?.slice(0, 4) === c.code.slice(0, 4) ? ' selected' : ''}>${c.name}</option>`)}</select></label>
<label>公布日期从<input type="date" name="dateFrom" value="${q.dateFrom ?? ''}"></label><label>至<input type="date" name="dateTo" value="${q.dateTo ?? ''}"></label>
<label>结论<select name="conclusion"><option value="">全部</option><option value="unqualified"${q.conclusion === 'unqualified' ? ' selected' : ''}>不合格</option><option value="qualified"${q.conclusion === 'qualified' ? ' selected' : ''}>合格</option></select></label>
<button type="submit">查询</button></form>`;
}

export function registerPortalPages(app: FastifyInstance, db: Db) {
  const opts = { config: { public: true } };

  app.get('/public/assets/portal.css', opts, async (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(STYLESHEET),
  );

  const home = async (_request: unknown, reply: FastifyReply) => {
    const [announcements, warnings] = await Promise.all([listPublic(db, 'announcement', 8), listPublic(db, 'warning', 5)]);
    return send(
      reply,
      200,
      '首页',
      html`<h2>结果查询</h2>${searchForm({})}
<h2>最新抽检公告</h2><ul class="list">${announcements.map((a) => html`<li><a href="/public/announcements/${a.id}">${a.title}</a> <span class="muted">${day(a.publishAt)}</span></li>`)}</ul>
<h2>消费提示</h2><ul class="list">${warnings.map((w) => html`<li><a href="/public/warnings/${w.id}">${w.title}</a> <span class="muted">${day(w.publishAt)}</span></li>`)}</ul>`,
    );
  };
  app.get('/public', opts, home);
  app.get('/public/', opts, home);

  app.get('/public/announcements', opts, async (_request, reply) => {
    const rows = await listPublic(db, 'announcement', 100);
    return send(reply, 200, '抽检公告', html`<ul class="list">${rows.map((a) => html`<li><a href="/public/announcements/${a.id}">${a.title}</a> <span class="muted">${a.noticeNo ?? ''} ${day(a.publishAt)}</span>${a.status === 'withdrawn' ? html` <span class="bad">已撤回</span>` : ''}</li>`)}</ul>`);
  });

  app.get<{ Params: { id: string } }>('/public/announcements/:id', opts, async (request, reply) => {
    if (!uuid.safeParse(request.params.id).success) return notFound(reply);
    const a = await getPublic(db, 'announcement', request.params.id);
    if (!a) return notFound(reply);
    const raw = await resultsOfPublication(db, a.id);
    const rows = raw.map(openView);
    const disposals = disposalRows(raw.filter((r) => r.status === 'current'));
    const failed = rows.filter((r) => r.conclusion === 'unqualified');
    const passed = rows.filter((r) => r.conclusion === 'qualified');
    const withdrawn = rows.filter((r) => r.status === 'withdrawn');
    return send(
      reply,
      200,
      a.title,
      html`<p class="muted">${a.noticeNo ?? ''} 公布日期：${day(a.publishAt)}</p>
${a.status === 'withdrawn' ? html`<div class="withdrawn">本公告已于${day(a.withdrawnAt)}撤回：${a.withdrawalNote ?? ''}</div>` : ''}
${a.body ? html`<p>${a.body}</p>` : html`<p>本次公布监督抽检样品${failed.length + passed.length}批次，其中不合格${failed.length}批次。</p>`}
<h2>不合格产品信息</h2>${resultRows(failed)}
<h2>合格产品信息</h2>${resultRows(passed)}
${disposalSection(disposals)}
${withdrawn.length ? html`<h2>已撤回的信息</h2><ul class="list">${withdrawn.map((r) => html`<li>${r.sampleNo}：${r.publicNote ?? ''}</li>`)}</ul>` : ''}`,
    );
  });

  app.get('/public/results', opts, async (request, reply) => {
    const parsed = publicSearchQuery.safeParse(request.query);
    const raw = request.query as Record<string, string | undefined>;
    if (!parsed.success) {
      return send(reply, 400, '结果查询', html`${searchForm({})}<p class="bad">${parsed.error.issues[0]?.message ?? '查询条件有误'}</p>`);
    }
    const q = parsed.data;
    const anyFilter = Object.entries(q).some(([k, v]) => k !== 'page' && k !== 'pageSize' && v);
    const { rows, total, totalCapped } = await searchPublicResults(db, q, { pageSize: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE });
    const params = new URLSearchParams(Object.entries(raw).filter(([k, v]) => k !== 'page' && typeof v === 'string' && v) as [string, string][]);
    const link = (p: number) => `/public/results?${new URLSearchParams([...params, ['page', String(p)]]).toString()}`;
    const pages = Math.ceil(total / PAGE_SIZE);
    return send(
      reply,
      200,
      '结果查询',
      html`${searchForm(raw)}<p class="muted">${anyFilter ? '' : '最新公布的结果。'}共${totalCapped ? '超过' : ''}${total}条</p>${resultRows(rows.map(openView))}
<div class="pager">${q.page > 1 ? html`<a href="${link(q.page - 1)}">上一页</a>` : ''}${q.page < pages ? html`<a href="${link(q.page + 1)}">下一页</a>` : ''}</div>`,
    );
  });

  app.get<{ Params: { sampleNo: string } }>('/public/results/:sampleNo', opts, async (request, reply) => {
    const sampleNo = request.params.sampleNo;
    if (sampleNo.length > 60) return notFound(reply);
    const row = await publicResult(db, sampleNo);
    if (!row) return notFound(reply);
    const r = openView(row);
    if (r.status === 'withdrawn') {
      return send(reply, 200, `抽样编号 ${r.sampleNo}`, html`<div class="withdrawn">该条信息已撤回：${r.publicNote ?? ''}</div>${corrections(r)}`);
    }
    const library = await publicExplainers(db);
    const explained = r.failedItems.map((f) => explainerFor(library, f.itemName)).filter((e): e is PublicExplainer => Boolean(e));
    const field = (label: string, value: unknown) => html`<tr><th>${label}</th><td>${value ?? '/'}</td></tr>`;
    return send(
      reply,
      200,
      `${r.foodName ?? ''}（抽样编号 ${r.sampleNo}）`,
      html`${r.publicNote ? html`<div class="note">${r.publicNote}</div>` : ''}
<div class="table-wrap"><table><tbody>
${field('抽样编号', r.sampleNo)}${field('食品名称', r.foodName)}${field('食品类别', r.category)}${field('规格型号', r.spec)}${field('商标', r.trademark)}${field('生产日期/批号', r.productionDate)}
${field('被抽样单位', r.sampledPartyName)}${field('被抽样单位地址', r.sampledPartyAddress)}${field('标称生产企业', r.nominalProducerName)}${field('标称生产企业地址', r.nominalProducerAddress)}${field('统一社会信用代码', r.creditCode)}
${field('地区', r.regionName)}${field('抽样日期', r.samplingDate)}${field('检验结论', conclusionText(r.conclusion))}${field('检验机构', r.labName)}${field('公告号', r.noticeNo)}${field('公布日期', day(r.publishedAt))}
</tbody></table></div>
${r.failedItems.length ? html`<h2>不合格项目</h2><div class="table-wrap"><table><thead><tr><th>项目</th><th>检验结果</th><th>标准要求</th><th>标准依据</th></tr></thead><tbody>${r.failedItems.map((f) => html`<tr><td>${f.itemName}</td><td>${f.result ?? ''}${f.unit ?? ''}</td><td>${f.limit ?? ''}</td><td>${f.standard ?? ''}</td></tr>`)}</tbody></table></div>` : ''}
${explained.length ? html`<h2>标准解读</h2>${explained.map(explainerBlock)}` : ''}
${corrections(r)}`,
    );
  });

  app.get('/public/warnings', opts, async (_request, reply) => {
    const rows = await listPublic(db, 'warning', 100);
    return send(reply, 200, '消费提示', html`<ul class="list">${rows.map((w) => html`<li><a href="/public/warnings/${w.id}">${w.title}</a> <span class="muted">${day(w.publishAt)} ${w.tags.join(' ')}</span></li>`)}</ul>`);
  });

  app.get<{ Params: { id: string } }>('/public/warnings/:id', opts, async (request, reply) => {
    if (!uuid.safeParse(request.params.id).success) return notFound(reply);
    const w = await getPublic(db, 'warning', request.params.id);
    if (!w) return notFound(reply);
    const related = await relatedResults(db, w.id);
    return send(
      reply,
      200,
      w.title,
      html`<p class="muted">公布日期：${day(w.publishAt)} ${w.tags.map((t) => html`<span>#${t} </span>`)}</p>
${w.status === 'withdrawn' ? html`<div class="withdrawn">本消费提示已撤回：${w.withdrawalNote ?? ''}</div>` : html`${(w.body ?? '').split(/\n+/).map((p) => html`<p>${p}</p>`)}`}
${related.length && w.status !== 'withdrawn' ? html`<h2>相关抽检结果</h2><ul class="list">${related.map((r) => html`<li><a href="/public/results/${encodeURIComponent(r.sampleNo)}">${r.foodName}</a>（${r.sampledPartyName}）${conclusionText(r.conclusion)}</li>`)}</ul>` : ''}`,
    );
  });

  app.get('/public/explainers', opts, async (_request, reply) => {
    const library = await publicExplainers(db);
    return send(reply, 200, '标准解读', html`<p class="muted">常见不合格项目的说明：是什么、限量要求、对健康的影响和常见原因。</p>${library.map(explainerBlock)}`, 300);
  });

  app.get('/public/*', opts, async (_request, reply) => notFound(reply));
}

function corrections(r: OpenView): Html {
  if (!r.corrections.length) return html``;
  return html`<h2>更正与撤回记录</h2><ul class="list">${r.corrections.map((c) => html`<li>${day(c.at)}：${c.note}</li>`)}</ul>`;
}
