import { errorCatalog, type ErrorCode, type PlainErrorCode, type Refusal as Reason } from '../errors.js';
import { can, type Permission } from '../permissions.js';

/**
 * Who may do what, and from which state, as one table per record type (disposal, 24-hour report,
 * objection/retest, escalation, case …). Each action names the states it starts from, the state it
 * leads to, the permission it needs, the sides of the record that may take it, and the named
 * guards that must also hold. The same table answers two questions, so they cannot drift apart:
 * - `allowedActions`: what the user may do now (every detail reply carries it; the web shows
 *   exactly these buttons);
 * - `refusalOf`: why an action is refused, as a catalogue code (src/domain/errors.ts) whose
 *   message the official reads, with its params and details.
 * Pure: the server derives the user's sides and the record's facts; the tables are tested as tables.
 */

/** Catalogue codes with the given HTTP status and no placeholders. */
type PlainCodeWithStatus<S extends number> = { [C in PlainErrorCode]: (typeof errorCatalog)[C]['status'] extends S ? C : never }[PlainErrorCode];

/** A refusal of who acts: a 403 code. */
export type ForbiddenCode = PlainCodeWithStatus<403>;
/** A refusal of the record's state: a 409 code. */
export type StateCode = PlainCodeWithStatus<409>;

/** Why an action is refused: a catalogue code (with the params its message needs) and the details for the client. */
export type Refusal = Reason & { details: Record<string, unknown> };

/** A refusal by a 403 code is about who acts: checked with the side, before the state. */
export function refusesWho(code: ErrorCode): boolean {
  return errorCatalog[code].status === 403;
}

/**
 * A condition of an action beyond its states (a pending review, open 协查, one extension at most).
 * A guard whose error is a 403 code is about who acts (checked with the side, before the state);
 * the others are about the record (checked after the state).
 */
export interface Guard<F> {
  name: string;
  holds: (facts: F) => boolean;
  /** The catalogue code when it fails (default INVALID_STATE), or the code with its params from the facts. */
  error?: PlainErrorCode | ((facts: F) => Reason);
  details?: (facts: F) => Record<string, unknown>;
  /**
   * Checked when the action is taken, but the button stays offered: the refusal tells the officer
   * what is still missing (e.g. 协查 not yet answered before closing), which a hidden button would not.
   */
  whenTaken?: true;
}

export interface WorkflowAction<S extends string, Side extends string, F> {
  from: readonly S[];
  /** The state the action leads to, when it changes the state. */
  to?: S;
  permission: Permission;
  /** Any one of these sides of the record may take the action. */
  sides: readonly Side[];
  guards?: readonly Guard<F>[];
  /** 403 code when the user is on none of the sides or lacks the permission (default FORBIDDEN). */
  sideRefusal?: ForbiddenCode | ((facts: F) => ForbiddenCode);
  /** 409 code when the state does not allow the action (default INVALID_STATE). */
  stateRefusal?: StateCode | ((state: string, facts: F) => StateCode);
  /** 409 details when the state does not allow the action (default { status, action }). */
  stateDetails?: (state: string, facts: F) => Record<string, unknown>;
  /** Taken through another action's button (e.g. a closed range of a pause): enforced, never offered. */
  hidden?: true;
}

export type WorkflowTable<A extends string, S extends string, Side extends string, F> = { readonly [K in A]: WorkflowAction<S, Side, F> };

/** Where the user stands towards one record: its state, the user's sides and roles, and the facts the guards read. */
export interface Standing<Side extends string, F> {
  state: string;
  sides: readonly Side[];
  roles: readonly string[];
  facts: F;
}

const codeOf = <T extends unknown[], C extends ErrorCode>(value: C | ((...args: T) => C) | undefined, fallback: C, ...args: T): C =>
  (typeof value === 'function' ? value(...args) : value) ?? fallback;

/** A guard's refusal for these facts; a plain code stands for itself. */
function guardReason<F>(g: Guard<F>, facts: F): Reason {
  const error = typeof g.error === 'function' ? g.error(facts) : g.error ?? 'INVALID_STATE';
  return typeof error === 'string' ? ({ code: error } as Reason) : error;
}

/** Why the user may not take the action now, or null when they may. Who (403) before the state (409), then the record's guards. */
export function refusalOf<A extends string, S extends string, Side extends string, F>(
  table: WorkflowTable<A, S, Side, F>,
  action: A,
  standing: Standing<Side, F>,
  /** 'offer': whether to show the button (guards checked only when taken are skipped). */
  purpose: 'take' | 'offer' = 'take',
): Refusal | null {
  const rule = table[action];
  const { facts } = standing;
  const failing = (rule.guards ?? [])
    .filter((g) => (purpose === 'take' || !g.whenTaken) && !g.holds(facts))
    .map((g) => ({ ...guardReason(g, facts), details: g.details?.(facts) ?? { guard: g.name, action } }) as Refusal);
  if (!can(standing.roles, rule.permission) || !rule.sides.some((s) => standing.sides.includes(s))) {
    return { code: codeOf<[F], ForbiddenCode>(rule.sideRefusal, 'FORBIDDEN', facts), details: { action } } as Refusal;
  }
  const who = failing.find((r) => refusesWho(r.code));
  if (who) return who;
  if (!(rule.from as readonly string[]).includes(standing.state)) {
    return {
      code: codeOf<[string, F], StateCode>(rule.stateRefusal, 'INVALID_STATE', standing.state, facts),
      details: rule.stateDetails?.(standing.state, facts) ?? { status: standing.state, action },
    } as Refusal;
  }
  return failing.find((r) => !refusesWho(r.code)) ?? null;
}

/** The actions the user may take now, in the table's order: the web shows exactly these buttons. */
export function allowedActions<A extends string, S extends string, Side extends string, F>(table: WorkflowTable<A, S, Side, F>, standing: Standing<Side, F>): A[] {
  return (Object.keys(table) as A[]).filter((a) => !table[a].hidden && refusalOf(table, a, standing, 'offer') === null);
}
