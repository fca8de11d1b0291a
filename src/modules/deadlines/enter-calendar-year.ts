import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { calendarDays, calendarYears } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

export interface CalendarYearInput {
  year: number;
  /** Statutory holidays of the year (as published by the State Council General Office). */
  holidays: { date: string; name: string }[];
  /** 调休 make-up working days (weekend days worked). */
  workdays: { date: string; name: string }[];
  note?: string;
}

/**
 * An administrator enters a year's official calendar by hand when the chinese-days package
 * lags (it has no 2027 yet). From then on, periods reaching that year are no longer provisional.
 */
export async function enterCalendarYear(db: Db, user: SessionUser, input: CalendarYearInput, ip: string | null) {
  const details: Record<string, string> = {};
  const all = [...input.holidays.map((d) => ({ ...d, kind: 'holiday' })), ...input.workdays.map((d) => ({ ...d, kind: 'workday' }))];
  all.forEach((d, i) => {
    if (!d.date.startsWith(`${input.year}-`)) details[`days.${i}`] = `${d.date} 不在 ${input.year} 年`;
  });
  const dates = all.map((d) => d.date);
  if (new Set(dates).size !== dates.length) details.days = '同一日期不能既是节假日又是调休工作日，也不能重复';
  if (input.holidays.length === 0) details.holidays = '请至少填写一个法定节假日';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);
  return db.transaction(async (tx) => {
    const previous = await tx.select().from(calendarDays).where(sql`extract(year from ${calendarDays.date}) = ${input.year}`);
    await tx.delete(calendarDays).where(sql`extract(year from ${calendarDays.date}) = ${input.year}`);
    await tx.insert(calendarDays).values(all.map((d) => ({ date: d.date, kind: d.kind, name: d.name, createdByUserId: user.id })));
    await tx.delete(calendarYears).where(eq(calendarYears.year, input.year));
    await tx.insert(calendarYears).values({ year: input.year, confirmed: true, note: input.note ?? null, confirmedByUserId: user.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'calendar.enterYear',
      entityType: 'calendarYear',
      entityId: String(input.year),
      before: previous,
      after: { year: input.year, holidays: input.holidays, workdays: input.workdays },
    });
  });
}
