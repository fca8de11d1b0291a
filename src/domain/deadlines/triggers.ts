import { CALENDAR_RANGE, isInCalendarRange } from './calendar.js';

/**
 * The legal triggers periods count from (domain-rules.md "Counting periods"): they are facts
 * about the world, recorded on the record, never the moment the record was created here.
 */

/**
 * Why a date the unqualified conclusion was received cannot be right, or null: the conclusion
 * comes after sampling and cannot be received in the future.
 */
export function conclusionReceivedProblem(on: string, samplingDate: string, today: string): string | null {
  if (!isInCalendarRange(on)) return `收到检验结论的日期应在${CALENDAR_RANGE.first}至${CALENDAR_RANGE.last}之间`;
  if (on < samplingDate) return `收到检验结论的日期不能早于抽样日期（${samplingDate}）`;
  if (on > today) return '收到检验结论的日期不能晚于今天';
  return null;
}
