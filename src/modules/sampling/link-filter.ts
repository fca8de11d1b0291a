import { z } from 'zod';
import { eq, isNull, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * The link filter of the sample, disposal and ledger lists. Besides the four links it accepts
 * `unknown`: records imported without a link (link IS NULL, shown 待确定, migration 0024), so the
 * officials can list what still waits for its 确定环节.
 */
export const linkFilterParam = z.enum(['production', 'distribution', 'catering', 'online', 'unknown'], '请选择环节').optional();

/** The WHERE of a link filter on a `link` column; none without a filter. */
export function linkCondition(column: AnyColumn, link: string | undefined): SQL | undefined {
  if (!link) return undefined;
  return link === 'unknown' ? isNull(column) : eq(column, link);
}
