import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { createSuggestion } from '../plans/create-suggestion.js';
import { loadForAction } from '../workflow/load-for-action.js';
import type { ComplaintOutcome } from './complaint-names.js';
import { complaintRecord } from './complaint-workflow.js';
import { closeComplaintIn } from './handle-complaint.js';

export interface CloseComplaintInput {
  id: string;
  version: number;
  outcome: Exclude<ComplaintOutcome, 'case'>;
  note?: string;
  /** For the `suggestion` outcome: the 专项抽检 suggestion to 抽检监测处. */
  suggestion?: { title: string; content: string; categoryId?: string | null };
}

/**
 * 办结 a complaint with its outcome. A verified complaint that calls for targeted sampling files
 * a 专项抽检 suggestion through the plans module (its work item goes to 抽检监测处) in the same
 * transaction (a savepoint), and the complaint keeps the suggestion's id.
 */
export async function closeComplaint(db: Db, user: SessionUser, input: CloseComplaintInput, ip: string | null, now = new Date()) {
  if (input.outcome === 'suggestion' && !input.suggestion) throw new DomainError('VALIDATION_FAILED', { 'suggestion.title': '请填写专项抽检建议' });
  return db.transaction(async (tx) => {
    const loaded = await loadForAction(tx, user, complaintRecord, input.id, 'close', input.version);
    let suggestionId: string | undefined;
    if (input.outcome === 'suggestion') {
      const s = input.suggestion!;
      // tx is a Db (a transaction is one): createSuggestion's own transaction becomes a savepoint of this one.
      const created = await createSuggestion(tx as unknown as Db, user, { year: Number(now.toISOString().slice(0, 4)), title: s.title, content: s.content, categoryId: s.categoryId ?? null, regionCode: loaded.row.regionCode }, ip, now);
      suggestionId = (created as { id: string }).id;
    }
    return closeComplaintIn(tx, user, { ...input, suggestionId }, ip, now, loaded);
  });
}
