import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { cases, dishonestEntries, enterprises, orgUnits } from '../../db/schema/index.js';
import { isNoPenalty, type PenaltyFacts } from '../../domain/case.js';
import { addMonths, listingAuthority, reviewableOn } from '../../domain/credit/credit-rules.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { caseReadable } from '../cases/case-scope.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { dishonestQuery, presentDishonest } from './dishonest-list.js';
import { reviewSetting } from './review-setting.js';

export interface NewDishonestEntry {
  /** The case whose penalty decision the listing rests on. */
  caseId: string;
  /** Optional: when given, it must be the case's party. */
  enterpriseId?: string;
  reason: string;
  legalBasis: string;
  /** The number of the listing decision (列入决定书). */
  decisionNo: string;
  listedOn: string;
}

/** The listing authority of a case, and whether the user acts for it (404 for a case the user may not read). */
export async function listingContext(tx: Executor, user: SessionUser, caseId: string) {
  const [c] = await tx.select().from(cases).where(and(eq(cases.id, caseId), caseReadable(user))).limit(1);
  if (!c) throw new DomainError('NOT_FOUND', { entity: 'case', id: caseId });
  const [owner] = await tx.select({ id: orgUnits.id, kind: orgUnits.kind, parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, c.ownerUnitId)).limit(1);
  return { c, authority: listingAuthority(owner, unitIdForSlug('credit')) };
}

/**
 * Lists an enterprise on the 严重违法失信名单 for a penalty decision (《严重违法失信名单管理办法》,
 * level S): only on a case with a penalty decision, by the authority that decided it. The
 * province's listings (信用处) take effect at once; a city or county bureau's listing is
 * proposed (`proposed`) and waits for the level above, which gets a work item. The enterprise row
 * is locked first, so two listings of the same enterprise cannot both pass the check: one active
 * (proposed or listed) entry per enterprise (409 otherwise). The review and expiry dates come
 * from the rule settings dishonest.reviewAfterMonths and dishonest.listedMonths.
 */
export async function addDishonestEntry(db: Db, user: SessionUser, input: NewDishonestEntry, ip: string | null, now = new Date()) {
  const today = toLocalDate(now);
  if (input.listedOn > today) throw new DomainError('VALIDATION_FAILED', { listedOn: '列入日期不能晚于今天' });
  return db.transaction(async (tx) => {
    const { c, authority } = await listingContext(tx, user, input.caseId);
    const acts = authority.listedByUnitId === unitIdForSlug('credit') ? user.unit.businesses.includes('credit') : user.unit.id === authority.listedByUnitId;
    if (!acts) throw new DomainError('DISHONEST_LISTING_BY_DECIDING_AUTHORITY', { record: { entity: 'case', id: c.id } });
    const decision = c.decision as (PenaltyFacts & { decidedOn: string; decisionNo: string }) | null;
    if (!decision || isNoPenalty(decision)) throw new DomainError('VALIDATION_FAILED', { caseId: '列入严重违法失信名单须以行政处罚决定为依据，该案件尚未作出行政处罚决定' });
    if (input.listedOn < decision.decidedOn) throw new DomainError('VALIDATION_FAILED', { listedOn: `列入日期不能早于行政处罚决定日期（${decision.decidedOn}）` });
    if (!c.enterpriseId) throw new DomainError('VALIDATION_FAILED', { caseId: '该案件的当事人未关联生产经营者，请先在案件中补正当事人' });
    if (input.enterpriseId && input.enterpriseId !== c.enterpriseId) throw new DomainError('VALIDATION_FAILED', { enterpriseId: '所选企业不是该案件的当事人' });
    const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, c.enterpriseId)).for('update').limit(1);
    const [active] = await tx
      .select({ listedOn: dishonestEntries.listedOn, decisionNo: dishonestEntries.decisionNo, status: dishonestEntries.status })
      .from(dishonestEntries)
      .where(and(eq(dishonestEntries.enterpriseId, enterprise.id), inArray(dishonestEntries.status, ['proposed', 'listed'])))
      .limit(1);
    if (active) {
      throw new DomainError(
        'DISHONEST_ENTRY_EXISTS',
        { enterpriseId: `该企业已在严重违法失信名单中或正在审批（${active.listedOn}，${active.decisionNo}）` },
        { enterprise: enterprise.name },
      );
    }
    const review = await reviewSetting(tx);
    const proposed = authority.approverUnitId !== null;
    const [row] = await tx
      .insert(dishonestEntries)
      .values({
        id: randomUUID(),
        enterpriseId: enterprise.id,
        caseId: c.id,
        reason: input.reason,
        legalBasis: input.legalBasis,
        decisionNo: input.decisionNo,
        listedOn: input.listedOn,
        reviewableOn: reviewableOn(input.listedOn, review?.months),
        expiresOn: review?.listedMonths ? addMonths(input.listedOn, review.listedMonths) : null,
        status: proposed ? 'proposed' : 'listed',
        listedByUnitId: authority.listedByUnitId,
        createdByUserId: user.id,
        createdAt: now,
      })
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: proposed ? 'dishonest.propose' : 'dishonest.list',
      entityType: 'dishonestEntry',
      entityId: row.id,
      after: { ...row, enterpriseName: enterprise.name, creditCode: enterprise.creditCode, caseNo: c.caseNo, approverUnitId: authority.approverUnitId, reviewAfterMonths: review?.months ?? null, listedMonths: review?.listedMonths ?? null },
    });
    if (proposed) {
      await createWorkItems(tx, actor, [
        {
          kind: 'dishonest_approval',
          title: `审批列入严重违法失信名单：${enterprise.name}（${user.unit.name}）`,
          subjectType: 'dishonestEntry',
          subjectId: row.id,
          ownerUnitId: authority.approverUnitId!,
          links: [{ label: '严重违法失信名单', href: `/credit?tab=dishonest&q=${encodeURIComponent(input.decisionNo)}` }],
        },
      ]);
    }
    const [full] = await dishonestQuery(tx, eq(dishonestEntries.id, row.id));
    return presentDishonest(full, user, today);
  });
}
