import { can, type Permission } from '../permissions.js';

/**
 * Who may do what, and from which state, as one table per record type (disposal, 24-hour report,
 * objection/retest, escalation, case …). Each action names the states it starts from, the state it
 * leads to, the permission it needs, the sides of the record that may take it, and the named
 * guards that must also hold. The same table answers two questions, so they cannot drift apart:
 * - `allowedActions`: what the user may do now (every detail reply carries it; the web shows
 *   exactly these buttons);
 * - `refusalOf`: why an action is refused, in Chinese, with the error code the API returns.
 * Pure: the server derives the user's sides and the record's facts; the tables are tested as tables.
 */

/** The error codes a refusal maps to (src/domain/errors.ts). */
export type RefusalCode = 'FORBIDDEN' | 'INVALID_STATE' | 'CONFLICT' | 'VALIDATION_FAILED';

export interface Refusal {
  code: RefusalCode;
  /** Chinese, for the official; undefined gives the code's catalogue message. */
  message?: string;
  details: Record<string, unknown>;
}

/**
 * A condition of an action beyond its states (a pending review, open 协查, one extension at most).
 * A FORBIDDEN guard is about who acts (checked with the side, before the state); the others are
 * about the record (checked after the state).
 */
export interface Guard<F> {
  name: string;
  holds: (facts: F) => boolean;
  code?: RefusalCode;
  refusal?: string | ((facts: F) => string);
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
  /** 403 message when the user is on none of the sides or lacks the permission. */
  sideRefusal?: string | ((facts: F) => string);
  /** 409 message when the state does not allow the action. */
  stateRefusal?: string | ((state: string, facts: F) => string);
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

/** Whether the state alone allows the action (for lists and checks that do not know the user). */
export function stateAllows<A extends string, S extends string, Side extends string, F>(table: WorkflowTable<A, S, Side, F>, action: A, state: string): boolean {
  return (table[action].from as readonly string[]).includes(state);
}

const text = <T extends unknown[]>(value: string | ((...args: T) => string) | undefined, ...args: T) => (typeof value === 'function' ? value(...args) : value);

/** Why the user may not take the action now, or null when they may. Who (403) before the state (409), then the record's guards. */
export function refusalOf<A extends string, S extends string, Side extends string, F>(
  table: WorkflowTable<A, S, Side, F>,
  action: A,
  standing: Standing<Side, F>,
  /** 'offer': whether to show the button (guards checked only when taken are skipped). */
  purpose: 'take' | 'offer' = 'take',
): Refusal | null {
  const rule = table[action];
  const guards = (rule.guards ?? []).filter((g) => purpose === 'take' || !g.whenTaken);
  const failed = (g: Guard<F>): Refusal => ({ code: g.code ?? 'INVALID_STATE', message: text(g.refusal, standing.facts), details: g.details?.(standing.facts) ?? { guard: g.name, action } });
  if (!can(standing.roles, rule.permission) || !rule.sides.some((s) => standing.sides.includes(s))) {
    return { code: 'FORBIDDEN', message: text(rule.sideRefusal, standing.facts), details: { action } };
  }
  const who = guards.find((g) => g.code === 'FORBIDDEN' && !g.holds(standing.facts));
  if (who) return failed(who);
  if (!(rule.from as readonly string[]).includes(standing.state)) {
    return {
      code: 'INVALID_STATE',
      message: text(rule.stateRefusal, standing.state, standing.facts),
      details: rule.stateDetails?.(standing.state, standing.facts) ?? { status: standing.state, action },
    };
  }
  const what = guards.find((g) => g.code !== 'FORBIDDEN' && !g.holds(standing.facts));
  return what ? failed(what) : null;
}

/** The actions the user may take now, in the table's order: the web shows exactly these buttons. */
export function allowedActions<A extends string, S extends string, Side extends string, F>(table: WorkflowTable<A, S, Side, F>, standing: Standing<Side, F>): A[] {
  return (Object.keys(table) as A[]).filter((a) => !table[a].hidden && refusalOf(table, a, standing, 'offer') === null);
}
