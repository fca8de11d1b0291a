import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { foodCategories, samplingSuggestions } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { suggestionKindNames, suggestionReviewDue, type SuggestionKind } from '../../domain/sampling/plan-rules.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { isSichuanRegion } from '../org/jurisdiction.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { createWorkItems } from '../work-items/create-work-item.js';

export interface NewSuggestion {
  /** Defaults to a sampling suggestion. */
  kind?: SuggestionKind;
  year: number;
  title: string;
  content: string;
  categoryId?: string | null;
  regionCode?: string | null;
}

export const SUGGESTION_SUBJECT = 'samplingSuggestion';

/**
 * Records a sampling suggestion (抽检建议) or a risk warning (风险预警提示) from the user's unit
 * and puts it in the inbox of the province's sampling division (抽检监测处), due in 30 calendar
 * days. Any unit whose role holds `suggestion.write` may: the divisions and bureaus (seed arts.
 * 7–10), and the institute (art. 16(2), (6)).
 */
export async function createSuggestion(db: Db, user: SessionUser, input: NewSuggestion, ip: string | null, now = new Date()) {
  const details: Record<string, string> = {};
  if (input.categoryId) {
    const [category] = await db.select({ id: foodCategories.id }).from(foodCategories).where(eq(foodCategories.id, input.categoryId)).limit(1);
    if (!category) details.categoryId = '食品分类不存在';
  }
  if (input.regionCode && !isSichuanRegion(input.regionCode)) details.regionCode = '地区应为四川省内的行政区划代码';
  if (Object.keys(details).length) throw new DomainError('VALIDATION_FAILED', details);

  return db.transaction(async (tx) => {
    const actor = actorOf(user, ip);
    const id = randomUUID();
    const [row] = await tx
      .insert(samplingSuggestions)
      .values({
        id,
        fromUnitId: user.unit.id,
        kind: input.kind ?? 'sampling',
        year: input.year,
        title: input.title,
        content: input.content,
        categoryId: input.categoryId ?? null,
        regionCode: input.regionCode ?? null,
        createdByUserId: user.id,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'suggestion.create', entityType: SUGGESTION_SUBJECT, entityId: id, after: row });
    await createWorkItems(tx, actor, [
      {
        kind: 'suggestion_review',
        title: `处理${suggestionKindNames[input.kind ?? 'sampling']}：${input.title}（${user.unit.name}）`,
        subjectType: SUGGESTION_SUBJECT,
        subjectId: id,
        ownerUnitId: unitIdForSlug('sampling'),
        dueAt: suggestionReviewDue(now),
        links: [{ label: '抽检建议', href: '/plans?tab=suggestions' }],
      },
    ]);
    return row;
  });
}
