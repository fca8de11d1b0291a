import { z } from 'zod';
import { route, type ApiContext } from '../../http/api-route.js';
import { deadlineRules, calendarYears } from '../../db/schema/index.js';
import { isoDate, isoDateOrTime } from '../../http/dates.js';
import { deadlineFor } from './deadline-service.js';
import { editDeadlineRule } from './edit-deadline-rule.js';
import { enterCalendarYear } from './enter-calendar-year.js';
import { asc } from 'drizzle-orm';
import { deadlineResult, deadlineRuleRecord, rulesReply } from '../../contracts/deadlines.js';

export function registerDeadlineRoutes(api: ApiContext) {
  const db = api.database.db;
  route(api, {
    method: 'GET',
    url: '/api/deadlines',
    summary: '期限计算器：按期限规则从起算时间计算届满时间 → { rule, from, due, dueDate, provisional }',
    tags: ['deadlines'],
    permission: 'workItem.read',
    reply: deadlineResult,
    // A date means the start of that local day; an ISO time is taken as given. Both bounded.
    query: z.object({ rule: z.string().min(1, '请选择期限规则').max(64), from: isoDateOrTime('起算时间应为日期（YYYY-MM-DD）或 ISO 时间') }),
    handler: async ({ query }) => {
      const from = query.from;
      const result = await deadlineFor(db, query.rule, from);
      return { rule: result.rule.id, ruleName: result.rule.name, from: from.toISOString(), due: result.due.toISOString(), dueDate: result.dueDate, provisional: result.provisional, unverified: result.rule.level === 'U' };
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/deadline-rules',
    summary: '期限规则表（level U 的规则在界面上标“待核实”）与已确认的节假日年份',
    tags: ['deadlines'],
    permission: 'workItem.read',
    reply: rulesReply,
    handler: async () => ({
      rules: (await db.select().from(deadlineRules).orderBy(asc(deadlineRules.id))).map((r) => ({ ...r, unverified: r.level === 'U' })),
      confirmedYears: await db.select().from(calendarYears).orderBy(asc(calendarYears.year)),
    }),
  });
  route(api, {
    method: 'PATCH',
    url: '/api/deadline-rules/:id',
    summary: '修改期限规则（留痕）',
    tags: ['deadlines'],
    permission: 'deadline.manage',
    reply: deadlineRuleRecord,
    params: z.object({ id: z.string().max(64) }),
    body: z.object({
      version: z.number().int().min(1),
      amount: z.number().int().min(1, '期限应为正整数').max(3650).optional(),
      unit: z.enum(['hour', 'calendarDay', 'workingDay']).optional(),
      legalBasis: z.string().trim().min(2).max(500).optional(),
      level: z.enum(['V', 'S', 'U']).optional(),
    }),
    handler: async ({ user, params, body, ip }) => editDeadlineRule(db, user, params.id, body, ip),
  });
  route(api, {
    method: 'PUT',
    url: '/api/calendar-years/:year',
    summary: '录入并确认某年的法定节假日与调休工作日（软件包尚未收录的年份）',
    tags: ['deadlines'],
    permission: 'deadline.manage',
    params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
    body: z.object({
      holidays: z.array(z.object({ date: isoDate(), name: z.string().trim().min(1).max(32) })).max(60),
      workdays: z.array(z.object({ date: isoDate(), name: z.string().trim().min(1).max(32) })).max(30),
      note: z.string().trim().max(500).optional(),
    }),
    handler: async ({ user, params, body, ip }) => enterCalendarYear(db, user, { year: params.year, ...body }, ip),
  });
}
