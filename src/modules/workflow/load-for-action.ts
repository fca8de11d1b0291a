import type { Executor, Tx } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { allowedActions, refusalOf, refusesWho, type Standing, type WorkflowTable } from '../../domain/workflow/workflow.js';
import type { SessionUser } from '../access/actor.js';

/**
 * How the server reaches one record type's workflow (src/domain/workflow/): the scoped read, where
 * the user stands towards a row, and the versioned update. One per record type
 * (`src/modules/<capability>/<record>-workflow.ts`); the guard and the detail replies share it.
 */
export interface RecordWorkflow<Row, A extends string, Side extends string, F, Change, Updated = Row> {
  /** The entity named in a 404. */
  entity: string;
  table: WorkflowTable<A, string, Side, F>;
  /** The row through the user's scope, locked FOR UPDATE; undefined when out of scope or missing. */
  loadForUpdate: (tx: Tx, user: SessionUser, id: string) => Promise<Row | undefined>;
  /** The user's sides towards the row and the facts its guards read. */
  standing: (db: Executor, user: SessionUser, row: Row) => Promise<Omit<Standing<Side, F>, 'roles'>>;
  version: (row: Row) => number;
  /** Writes the change with the next version (optimistic: a concurrent change gives a 409). */
  update: (tx: Tx, row: Row, changes: Change) => Promise<Updated>;
  /** 403 details naming the record, when the record type has its own (default { action }). */
  forbiddenDetails?: (row: Row, action: A) => Record<string, unknown>;
}

/** Where the user stands towards the row, with their roles. */
async function standingOf<Row, A extends string, Side extends string, F, Change, Updated>(db: Executor, user: SessionUser, wf: RecordWorkflow<Row, A, Side, F, Change, Updated>, row: Row): Promise<Standing<Side, F>> {
  return { ...(await wf.standing(db, user, row)), roles: user.roles };
}

/**
 * The guard every change starts with, for every record type: the record through the user's scope,
 * locked (else 404, as if absent); the user's side and permission allow the action (else 403 with
 * the reason); the state and the action's guards allow it (else 409 with the reason); the version
 * the user saw is current (else 409). `version` null: the action does not change the record's
 * version (e.g. an acknowledgement stored on its own row). Returns the row and its update.
 */
export async function loadForAction<Row, A extends string, Side extends string, F, Change, Updated>(
  tx: Tx,
  user: SessionUser,
  wf: RecordWorkflow<Row, A, Side, F, Change, Updated>,
  id: string,
  action: A,
  version: number | null,
) {
  const row = await wf.loadForUpdate(tx, user, id);
  if (row === undefined) throw new DomainError('NOT_FOUND', { entity: wf.entity, id });
  await assertMayAct(tx, user, wf, row, action);
  const current = wf.version(row);
  if (version !== null && current !== version) throw new DomainError('VERSION_CONFLICT', { expected: version, actual: current });
  return { row, update: (changes: Change) => wf.update(tx, row, changes) };
}

/** Throws the table's refusal (a 403 code for who, a 409 or 400 one for the state or a guard; the catalogue gives its words) unless the user may take the action on a row already read. */
export async function assertMayAct<Row, A extends string, Side extends string, F, Change, Updated>(db: Executor, user: SessionUser, wf: RecordWorkflow<Row, A, Side, F, Change, Updated>, row: Row, action: A) {
  const refusal = refusalOf(wf.table, action, await standingOf(db, user, wf, row));
  if (refusal) {
    const details = refusesWho(refusal.code) && wf.forbiddenDetails ? wf.forbiddenDetails(row, action) : refusal.details;
    throw DomainError.of(refusal, details);
  }
}

/** What the user may do now on a row read for a detail or a list: every reply's `actions`. */
export async function actionsOf<Row, A extends string, Side extends string, F, Change, Updated>(db: Executor, user: SessionUser, wf: RecordWorkflow<Row, A, Side, F, Change, Updated>, row: Row): Promise<A[]> {
  return allowedActions(wf.table, await standingOf(db, user, wf, row));
}
