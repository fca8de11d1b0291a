import { z } from 'zod';
import { CALENDAR_RANGE, isInCalendarRange } from '../domain/deadlines/calendar.js';
import { localDateTime, toLocalDate } from '../domain/time.js';

/**
 * The one zod schema for dates at the edge: every date query parameter and body field of every
 * route uses it. A date must be a real ISO calendar date (YYYY-MM-DD) inside CALENDAR_RANGE
 * (2000-01-01..2100-12-31), so no request can hand a counting loop a year like 9999 (it once
 * froze the server) or a date PostgreSQL refuses (a 500 from `periodFrom=0001-01-01`).
 */
export const DATE_FORMAT_MESSAGE = '日期格式应为 YYYY-MM-DD';
export const DATE_RANGE_MESSAGE = `日期应在${CALENDAR_RANGE.first}至${CALENDAR_RANGE.last}之间`;

export const isoDate = (message: string = DATE_FORMAT_MESSAGE) => z.iso.date(message).refine(isInCalendarRange, DATE_RANGE_MESSAGE);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (the start of that local day, Asia/Shanghai) or an ISO date-time with an offset, as
 * an instant; its local date must lie in the same range.
 */
export const isoDateOrTime = (message = '时间应为日期（YYYY-MM-DD）或带时区的 ISO 时间') =>
  z
    .string(message)
    .trim()
    .max(40, message)
    .refine((s) => (DATE_ONLY.test(s) ? z.iso.date().safeParse(s).success : z.iso.datetime({ offset: true }).safeParse(s).success), message)
    .transform((s, ctx) => {
      const instant = DATE_ONLY.test(s) ? localDateTime(s) : new Date(s);
      if (Number.isNaN(instant.getTime()) || !isInCalendarRange(toLocalDate(instant))) {
        ctx.addIssue({ code: 'custom', message: DATE_RANGE_MESSAGE });
        return z.NEVER;
      }
      return instant;
    });
