import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { zodDetails } from '../../http/errors.js';
import { isoDate } from '../../http/dates.js';

/** How a decision was carried out (执行). */
export const fulfilmentKinds = ['自动履行', '强制执行', '申请人民法院强制执行'] as const;

/**
 * The facts each stage carries beyond date, text and document number:
 * - hearing: when the party asked for it (听证 is held only on the party's request);
 * - execution: how it was carried out and the money paid.
 * The decision's own facts (amounts, licence action) are the `decision` of the request.
 */
const schemas: Record<string, z.ZodType<Record<string, unknown>>> = {
  investigation: z.object({}),
  notice: z.object({}),
  hearing: z.object({ requestedOn: isoDate('请填写当事人申请听证的日期') }),
  decision: z.object({}),
  execution: z.object({
    fulfilment: z.enum(fulfilmentKinds, { message: '请选择执行方式' }),
    paidAmount: z.number().nonnegative('金额不能为负数').optional(),
  }),
  closed: z.object({}),
};

export function validateStageDetails(stage: string, details: Record<string, unknown>): Record<string, unknown> {
  const schema = schemas[stage];
  if (!schema) throw new DomainError('VALIDATION_FAILED', { stage: '未知的案件阶段' });
  const parsed = schema.safeParse(details);
  if (!parsed.success) {
    throw new DomainError('VALIDATION_FAILED', Object.fromEntries(Object.entries(zodDetails(parsed.error)).map(([k, v]) => [`details.${k}`, v])));
  }
  return parsed.data;
}
