import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { enterprises, orgUnits } from '../../db/schema/index.js';
import { sortEntries } from '../../domain/credit/credit-history.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { enterpriseInScope } from '../enterprises/enterprise-scope.js';
import { keepOpenable } from '../links/openable-links.js';
import { disposalEntries, resultEntries, sampleHistory } from './record-samples.js';
import { dishonestEntriesOf, escalationEntries, inspectionEntries, interviewEntries, penaltyEntries } from './record-enforcement.js';

/**
 * An enterprise's credit record (信用记录, 食品安全法 art. 113): unqualified results, disposals,
 * penalties, interviews, escalations, inspections and dishonest-list events, newest first, and
 * its sampling year by year for the chart.
 *
 * Who may read it is who may read the enterprise (enterpriseInScope; else 404). The record is the
 * enterprise's file, so it lists every entry whatever unit recorded it; an entry keeps its link
 * only when the user may open that record (its page in the user's menu, the record in the scope
 * of its type), so no link on the page leads to a 404.
 */
export async function getCreditRecord(db: Executor, user: SessionUser, enterpriseId: string) {
  const [enterprise] = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      kind: enterprises.kind,
      regionCode: enterprises.regionCode,
      address: enterprises.address,
      ownerUnitId: enterprises.ownerUnitId,
      ownerUnitName: orgUnits.name,
      needsReview: enterprises.needsReview,
    })
    .from(enterprises)
    .innerJoin(orgUnits, eq(orgUnits.id, enterprises.ownerUnitId))
    .where(and(eq(enterprises.id, enterpriseId), enterpriseInScope(user)))
    .limit(1);
  if (!enterprise) throw new DomainError('NOT_FOUND', { entity: 'enterprise', id: enterpriseId });

  const [results, disposals, penalties, interviews, escalations, inspections, dishonest, history] = await Promise.all([
    resultEntries(db, enterpriseId),
    disposalEntries(db, enterpriseId),
    penaltyEntries(db, enterpriseId),
    interviewEntries(db, enterpriseId),
    escalationEntries(db, enterpriseId),
    inspectionEntries(db, enterpriseId),
    dishonestEntriesOf(db, enterpriseId),
    sampleHistory(db, enterpriseId),
  ]);
  const entries = await keepOpenable(db, user, sortEntries([...results, ...disposals, ...penalties, ...interviews, ...escalations, ...inspections, ...dishonest]));
  const listed = dishonest.find((e) => e.kind === 'dishonest' && e.status === 'listed');
  return {
    enterprise,
    /** The current listing, if the enterprise is on the 严重违法失信名单 now. */
    dishonestListing: listed ? { entryId: listed.recordId, listedOn: listed.at } : null,
    summary: {
      unqualified: results.filter((e) => e.kind === 'unqualified').length,
      overturned: results.filter((e) => e.kind === 'overturned').length,
      penalties: penalties.length,
      interviews: interviews.length,
      escalations: escalations.length,
    },
    entries,
    history,
  };
}
