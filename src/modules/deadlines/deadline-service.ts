import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { calendarDays, calendarYears, deadlineRules } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { buildCalendar, type StatutoryCalendar } from '../../domain/deadlines/calendar.js';
import { chineseDaysCalendarData } from '../../domain/deadlines/chinese-days-data.js';
import { computeDeadline, type Deadline, type DeadlineUnit } from '../../domain/deadlines/compute-deadline.js';

const packaged = chineseDaysCalendarData();

/**
 * The calendar in force: the package's years, corrected and extended by what administrators
 * entered (calendar_days), with the years they confirmed. An administrator's entry for a date
 * wins over the package.
 */
export async function loadCalendar(db: Executor): Promise<StatutoryCalendar> {
  // Sequential: inside a transaction one client must not run two queries at once.
  const days = await db.select().from(calendarDays);
  const years = await db.select().from(calendarYears);
  const overridden = new Set(days.map((d) => d.date));
  return buildCalendar({
    holidays: [...packaged.holidays.filter((d) => !overridden.has(d)), ...days.filter((d) => d.kind === 'holiday').map((d) => d.date)],
    workdays: [...packaged.workdays.filter((d) => !overridden.has(d)), ...days.filter((d) => d.kind === 'workday').map((d) => d.date)],
    confirmedYears: [...packaged.confirmedYears, ...years.filter((y) => y.confirmed).map((y) => y.year)],
  });
}

export async function findRule(db: Executor, id: string) {
  const [rule] = await db.select().from(deadlineRules).where(eq(deadlineRules.id, id)).limit(1);
  if (!rule) throw new DomainError('VALIDATION_FAILED', { rule: `未知的期限规则：${id}` });
  return rule;
}

/** A deadline by a rule of the table, from a legal anchor, on the calendar in force. */
export async function deadlineFor(db: Executor, ruleId: string, from: Date): Promise<Deadline & { rule: Awaited<ReturnType<typeof findRule>> }> {
  const rule = await findRule(db, ruleId);
  const calendar = await loadCalendar(db);
  return { rule, ...computeDeadline({ id: rule.id, amount: rule.amount, unit: rule.unit as DeadlineUnit }, from, calendar) };
}
