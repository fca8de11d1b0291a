import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { zodDetails } from '../../http/errors.js';
import { isoDate } from '../../http/dates.js';

const quantity = z.number().nonnegative('数量不能为负数');

/**
 * The facts each step must carry beyond date and text:
 * - riskControl: what was done (封存 / 下架 / 召回 …), quantities, and the recall level when
 *   recalled, with the day the recall was announced (the completion period counts from it);
 * - penalty: the linked case number, or the reason no case was filed;
 * - disclosure: where it was published.
 */
const schemas: Record<string, z.ZodType<Record<string, unknown>>> = {
  notice: z.object({ deliveredTo: z.string().trim().min(1, '请填写送达对象').max(200), method: z.enum(['直接送达', '邮寄送达', '电子送达', '留置送达', '公告送达']) }),
  riskControl: z
    .object({
      measures: z.array(z.enum(['封存', '下架', '停止生产经营', '召回', '销毁', '其他'])).min(1, '请至少选择一项风险控制措施'),
      sealedQuantity: quantity.optional(),
      recalledQuantity: quantity.optional(),
      destroyedQuantity: quantity.optional(),
      quantityUnit: z.string().trim().max(16).optional(),
      recallLevel: z.enum(['一级', '二级', '三级']).optional(),
      recallAnnouncedOn: isoDate('召回公告发布日期格式应为 YYYY-MM-DD').optional(),
    })
    .refine((v) => !v.measures.includes('召回') || v.recallLevel, { message: '实施召回的，请选择召回级别', path: ['recallLevel'] })
    .refine((v) => v.measures.includes('召回') || !v.recallAnnouncedOn, { message: '未实施召回的，不填写召回公告发布日期', path: ['recallAnnouncedOn'] }),
  causeInvestigation: z.object({ cause: z.string().trim().min(2, '请填写不合格原因').max(2000) }),
  rectification: z.object({ measures: z.string().trim().min(2, '请填写整改措施').max(2000), verified: z.boolean() }),
  penalty: z
    .object({ caseNo: z.string().trim().max(64).optional(), noCaseReason: z.string().trim().max(2000).optional(), amount: quantity.optional() })
    .refine((v) => Boolean(v.caseNo) !== Boolean(v.noCaseReason), { message: '请填写立案的案件编号，或不予立案的理由（二者选一）', path: ['caseNo'] }),
  disclosure: z.object({ channel: z.string().trim().min(2, '请填写公开渠道').max(200), url: z.string().trim().max(500).optional() }),
  enterpriseReport: z.object({ summary: z.string().trim().min(2, '请填写企业自查报告摘要').max(2000) }),
};

export function validateStepDetails(kind: string, details: Record<string, unknown>): Record<string, unknown> {
  const schema = schemas[kind];
  if (!schema) throw new DomainError('VALIDATION_FAILED', { kind: '未知的处置步骤' });
  const parsed = schema.safeParse(details);
  if (!parsed.success) {
    throw new DomainError('VALIDATION_FAILED', Object.fromEntries(Object.entries(zodDetails(parsed.error)).map(([k, v]) => [`details.${k}`, v])));
  }
  return parsed.data;
}
