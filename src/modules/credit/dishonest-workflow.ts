import { and, eq } from 'drizzle-orm';
import { dishonestEntries } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { dishonestWorkflow, type DishonestAction, type DishonestSide } from '../../domain/workflow/dishonest-entry.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { dishonestQuery, dishonestSides, type DishonestRow } from './dishonest-list.js';

/**
 * The list entry's workflow on the server: loaded by id, locked (the list is public; the sides
 * decide who acts on an entry), the table decides the rest.
 */
export const dishonestRecord: RecordWorkflow<DishonestRow, DishonestAction, DishonestSide, Record<string, never>, Partial<typeof dishonestEntries.$inferInsert>, typeof dishonestEntries.$inferSelect> = {
  entity: 'dishonestEntry',
  table: dishonestWorkflow,
  loadForUpdate: async (tx, _user, id) => (await dishonestQuery(tx, eq(dishonestEntries.id, id)).for('update', { of: dishonestEntries }))[0],
  standing: async (_db, user, row) => ({ state: row.entry.status, sides: dishonestSides(row, user), facts: {} }),
  version: (row) => row.entry.version,
  forbiddenDetails: (row) => ({ record: { entity: 'dishonestEntry', id: row.entry.id } }),
  update: async (tx, row, changes) => {
    const e = row.entry;
    const [after] = await tx
      .update(dishonestEntries)
      .set({ ...changes, version: e.version + 1 })
      .where(and(eq(dishonestEntries.id, e.id), eq(dishonestEntries.version, e.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: e.version });
    return after;
  },
};
