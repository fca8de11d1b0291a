/**
 * Building blocks of the reply contracts. A contract describes the JSON on the wire (what the web
 * receives), so times are ISO 8601 strings and dates `YYYY-MM-DD` strings, never Date objects.
 * The server declares each contract as its route's `reply`; the web imports the inferred types
 * (`import type … from '@contracts/<module>'`), so the two cannot drift without a failing test.
 */
import { z } from 'zod';

/** A point in time, ISO 8601 (a Date after the JSON round trip). */
export const timestamp = z.string();
/** A calendar day, YYYY-MM-DD. */
export const localDate = z.string();

/** One page of a list: its rows and how many there are in all. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number(),
    /** Set by lists that stop counting (samples: at 10 000). */
    totalCapped: z.boolean().optional(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  totalCapped?: boolean;
}

/** A reply that only says what was done, e.g. `{ ok: true }`. */
export const okReply = z.object({ ok: z.boolean() });

/** A unit as replies name it. */
export const unitRef = z.object({ id: z.string(), name: z.string(), kind: z.string(), regionCode: z.string().nullable() });
export type UnitRef = z.infer<typeof unitRef>;

/** The actions the caller may take on a record: the web shows buttons from this list only. */
export const actions = z.array(z.string());

/** One entry of a record's history (src/modules/audit/audit-history.ts), newest first. */
export const historyEntry = z.object({
  seq: z.number(),
  at: timestamp,
  action: z.string(),
  /** The action in words, from the audit catalogue. */
  actionName: z.string(),
  /** Who acted, by name (系统 for jobs). */
  actorName: z.string(),
  actorUsername: z.string().nullable(),
  after: z.unknown().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;
