import type { Db } from '../../db/client.js';
import type { SessionUser } from '../access/actor.js';
import { decideSuggestion, findSuggestionFor } from './decide-suggestion.js';
import { getSuggestion } from './list-suggestions.js';

/** Declines a pending suggestion; the reason (required by the route) is kept for the unit that made it. */
export async function declineSuggestion(db: Db, user: SessionUser, input: { id: string; reason: string; version: number }, ip: string | null) {
  await db.transaction(async (tx) => {
    const loaded = await findSuggestionFor(tx, user, input.id, 'decline', input.version);
    await decideSuggestion(tx, user, loaded, { action: 'decline', reason: input.reason, planId: null }, ip);
  });
  return getSuggestion(db, user, input.id);
}
