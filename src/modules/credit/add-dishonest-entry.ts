import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { cases, dishonestEntries, enterprises } from '../../db/schema/index.js';
import { reviewableOn } from '../../domain/credit/credit-rules.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertCreditDivision } from './credit-access.js';
import { dishonestQuery, presentDishonest } from './dishonest-list.js';
import { reviewSetting } from './review-setting.js';

export interface NewDishonestEntry {
  enterpriseId: string;
  reason: string;
  legalBasis: string;
  decisionNo: string;
  listedOn: string;
  caseId?: string | null;
}

/**
 * Lists an enterprise on the 严重违法失信名单 (Credit Division only). The enterprise row is locked
 * first, so two officers listing the same enterprise at once cannot both pass the duplicate
 * check: an enterprise has at most one entry in the list at a time (409 otherwise). The review
 * date comes from rule setting dishonest.reviewAfterMonths.
 */
export async function addDishonestEntry(db: Db, user: SessionUser, input: NewDishonestEntry, ip: string | null, now = new Date()) {
  assertCreditDivision(user);
  const today = toLocalDate(now);
  if (input.listedOn > today) throw new DomainError('VALIDATION_FAILED', { listedOn: '列入日期不能晚于今天' });
  return db.transaction(async (tx) => {
    const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, input.enterpriseId)).for('update').limit(1);
    if (!enterprise) throw new DomainError('VALIDATION_FAILED', { enterpriseId: '所选企业不存在' });
    if (input.caseId) {
      const [c] = await tx.select({ enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.id, input.caseId)).limit(1);
      if (!c) throw new DomainError('VALIDATION_FAILED', { caseId: '所选案件不存在' });
      if (c.enterpriseId && c.enterpriseId !== enterprise.id) throw new DomainError('VALIDATION_FAILED', { caseId: '所选案件的当事人不是该企业' });
    }
    const [active] = await tx
      .select({ listedOn: dishonestEntries.listedOn, decisionNo: dishonestEntries.decisionNo })
      .from(dishonestEntries)
      .where(and(eq(dishonestEntries.enterpriseId, enterprise.id), eq(dishonestEntries.status, 'listed')))
      .limit(1);
    if (active) {
      throw new DomainError(
        'CONFLICT',
        { enterpriseId: `该企业已在严重违法失信名单中（${active.listedOn}列入，${active.decisionNo}）` },
        `${enterprise.name}已在严重违法失信名单中，不能重复列入`,
      );
    }
    const review = await reviewSetting(tx);
    const [row] = await tx
      .insert(dishonestEntries)
      .values({
        id: randomUUID(),
        enterpriseId: enterprise.id,
        caseId: input.caseId ?? null,
        reason: input.reason,
        legalBasis: input.legalBasis,
        decisionNo: input.decisionNo,
        listedOn: input.listedOn,
        reviewableOn: reviewableOn(input.listedOn, review?.months),
        status: 'listed',
        listedByUnitId: user.unit.id,
        createdByUserId: user.id,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, actorOf(user, ip), {
      action: 'dishonest.list',
      entityType: 'dishonestEntry',
      entityId: row.id,
      after: { ...row, enterpriseName: enterprise.name, creditCode: enterprise.creditCode, reviewAfterMonths: review?.months ?? null },
    });
    const [full] = await dishonestQuery(tx, eq(dishonestEntries.id, row.id));
    return presentDishonest(full, true, today);
  });
}
