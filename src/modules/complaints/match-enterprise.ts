import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { enterprises } from '../../db/schema/index.js';
import { checkCreditCode } from '../../domain/sampling/credit-code.js';
import { normaliseEnterpriseName } from '../../domain/sampling/normalise.js';

export interface SubjectMatch {
  enterpriseId: string | null;
  kind: string | null;
  creditCode: string | null;
  /** Matched by name + region only, or not found: a person should check the subject. */
  needsReview: boolean;
}

/**
 * The complained-about enterprise, matched as imports match (src/modules/enterprises): by credit
 * code, else by normalised name within the region. Complaints never create an enterprise (a
 * member of the public could otherwise fill the register): an unmatched subject stays a name,
 * flagged for review.
 */
export async function matchEnterprise(db: Executor, input: { name?: string | null; creditCode?: string | null; regionCode: string | null }): Promise<SubjectMatch> {
  const code = input.creditCode ? checkCreditCode(input.creditCode) : null;
  const creditCode = code?.ok ? code.code : null;
  if (creditCode) {
    const [row] = await db.select({ id: enterprises.id, kind: enterprises.kind }).from(enterprises).where(eq(enterprises.creditCode, creditCode)).limit(1);
    if (row) return { enterpriseId: row.id, kind: row.kind, creditCode, needsReview: false };
  }
  if (input.name?.trim()) {
    const normalized = normaliseEnterpriseName(input.name);
    const conditions = [eq(enterprises.normalizedName, normalized)];
    if (input.regionCode) conditions.push(eq(enterprises.regionCode, input.regionCode));
    const rows = await db.select({ id: enterprises.id, kind: enterprises.kind, creditCode: enterprises.creditCode }).from(enterprises).where(and(...conditions)).limit(2);
    // One enterprise of that name (in the region): taken, but flagged — a name is a weaker identity than a code.
    if (rows.length === 1) return { enterpriseId: rows[0].id, kind: rows[0].kind, creditCode: rows[0].creditCode ?? creditCode, needsReview: true };
  }
  return { enterpriseId: null, kind: null, creditCode, needsReview: Boolean(input.name?.trim()) };
}

