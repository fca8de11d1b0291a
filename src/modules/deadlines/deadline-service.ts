import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { deadlineRules } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { buildCalendar, type StatutoryCalendar } from '../../domain/deadlines/calendar.js';
import { chineseDaysCalendarData } from '../../domain/deadlines/chinese-days-data.js';
import { computeDeadline, type Deadline, type DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';
import { executeNamed } from '../../db/named-statement.js';
import { jsonColumn } from '../../db/json-column.js';

const packaged = chineseDaysCalendarData();

/**
 * The calendar in force: the package's years, corrected and extended by what administrators
 * entered (calendar_days), with the years they confirmed. An administrator's entry for a date
 * wins over the package.
 */
export async function loadCalendar(db: Executor): Promise<StatutoryCalendar> {
  const row = await calendarAndRule(db, null);
  return calendarFrom(jsonColumn<DayRow[]>(row.days), jsonColumn<YearRow[]>(row.years));
}

/** The entered calendar days and years, and optionally a rule, in one round trip. */
async function calendarAndRule(db: Executor, ruleId: string | null) {
  const result = (await executeNamed(db, sql`
    SELECT ${ruleId === null ? sql`NULL::json` : sql`(SELECT row_to_json(r) FROM deadline_rules r WHERE r.id = ${ruleId})`} AS rule,
           (SELECT coalesce(json_agg(json_build_object('date', d.date::text, 'kind', d.kind)), '[]') FROM calendar_days d) AS days,
           (SELECT coalesce(json_agg(json_build_object('year', y.year, 'confirmed', y.confirmed)), '[]') FROM calendar_years y) AS years`)) as unknown as {
    rows: { rule: unknown; days: unknown; years: unknown }[];
  };
  return result.rows[0];
}

type DayRow = { date: string; kind: string };
type YearRow = { year: number; confirmed: boolean };

function calendarFrom(days: DayRow[], years: YearRow[]): StatutoryCalendar {
  const overridden = new Set(days.map((d) => d.date));
  return buildCalendar({
    holidays: [...packaged.holidays.filter((d) => !overridden.has(d)), ...days.filter((d) => d.kind === 'holiday').map((d) => d.date)],
    workdays: [...packaged.workdays.filter((d) => !overridden.has(d)), ...days.filter((d) => d.kind === 'workday').map((d) => d.date)],
    confirmedYears: [...packaged.confirmedYears, ...years.filter((y) => y.confirmed).map((y) => y.year)],
  });
}

/**
 * Several rules (id, amount, unit) and the calendar in force in one round trip: the per-result
 * hook opens a disposal with two rules and the calendar, in the transaction of every result
 * (issue 16 §2: three statements became one).
 */
export async function rulesWithCalendar(db: Executor, ids: string[]): Promise<{ rules: Map<string, { id: string; amount: number; unit: string }>; calendar: StatutoryCalendar }> {
  const result = (await executeNamed(db, sql`
    SELECT (SELECT coalesce(json_agg(json_build_object('id', r.id, 'amount', r.amount, 'unit', r.unit)), '[]') FROM deadline_rules r
             WHERE r.id IN (${sql.join(
               ids.map((id) => sql`${id}`),
               sql`, `,
             )})) AS rules,
           (SELECT coalesce(json_agg(json_build_object('date', d.date::text, 'kind', d.kind)), '[]') FROM calendar_days d) AS days,
           (SELECT coalesce(json_agg(json_build_object('year', y.year, 'confirmed', y.confirmed)), '[]') FROM calendar_years y) AS years`)) as unknown as {
    rows: { rules: unknown; days: unknown; years: unknown }[];
  };
  const row = result.rows[0];
  const rules = new Map(jsonColumn<{ id: string; amount: number; unit: string }[]>(row.rules).map((r) => [r.id, r]));
  for (const id of ids) if (!rules.has(id)) throw new DomainError('VALIDATION_FAILED', { rule: `未知的期限规则：${id}` });
  return { rules, calendar: calendarFrom(jsonColumn<DayRow[]>(row.days), jsonColumn<YearRow[]>(row.years)) };
}

export type RulesWithCalendar = Awaited<ReturnType<typeof rulesWithCalendar>>;

/** The deadline by one of the rules `rulesWithCalendar` read, from a legal anchor: many records, one read. */
export function deadlineByLoadedRule(loaded: RulesWithCalendar, ruleId: string, from: Date): Deadline {
  const rule = loaded.rules.get(ruleId);
  if (!rule) throw new DomainError('VALIDATION_FAILED', { rule: `未知的期限规则：${ruleId}` });
  return computeDeadline({ id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit }, from, loaded.calendar);
}

export async function findRule(db: Executor, id: string) {
  const [rule] = await db.select().from(deadlineRules).where(eq(deadlineRules.id, id)).limit(1);
  if (!rule) throw new DomainError('VALIDATION_FAILED', { rule: `未知的期限规则：${id}` });
  return rule;
}

/**
 * A deadline by a rule of the table, from a legal anchor, on the calendar in force. The rule and
 * the calendar come in one round trip: this runs inside transactions on every result that opens
 * work, where statements are the cost.
 */
export async function deadlineFor(db: Executor, ruleId: string, from: Date): Promise<Deadline & { rule: Awaited<ReturnType<typeof findRule>> }> {
  const row = await calendarAndRule(db, ruleId);
  const raw = jsonColumn<Record<string, unknown> | null>(row.rule);
  if (!raw) throw new DomainError('VALIDATION_FAILED', { rule: `未知的期限规则：${ruleId}` });
  const rule = {
    id: raw.id as string,
    name: raw.name as string,
    trigger: raw.trigger as string,
    amount: raw.amount as number,
    unit: raw.unit as string,
    actor: raw.actor as string,
    legalBasis: raw.legal_basis as string,
    level: raw.level as string,
    version: raw.version as number,
    updatedAt: new Date(raw.updated_at as string),
    updatedByUserId: (raw.updated_by_user_id as string | null) ?? null,
  };
  const calendar = calendarFrom(jsonColumn<DayRow[]>(row.days), jsonColumn<YearRow[]>(row.years));
  return { rule, ...computeDeadline({ id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit }, from, calendar) };
}
