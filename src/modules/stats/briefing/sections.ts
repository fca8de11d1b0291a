import type { Executor } from '../../../db/client.js';
import type { SessionUser } from '../../access/actor.js';
import type { Period } from './periods.js';

/** A section of the briefing pack that another module provides (e.g. 收到的通报 from the notices module). */
export interface BriefingSection {
  key: string;
  title: string;
  /** False while the module that provides the figures is not wired in: the pack says so instead of showing numbers. */
  available: boolean;
  rows: { label: string; value: number; href: string | null }[];
}

export interface BriefingSectionProvider {
  key: string;
  title: string;
  section(context: { db: Executor; user: SessionUser; regionCode: string; period: Period }): Promise<BriefingSection>;
}

/**
 * 收到的通报 (notices received by the unit in the period). The notices module is built in
 * parallel (issue 11 §2); once it is merged, this provider calls its count of notices received,
 * read and replied in the period and `available` becomes true. Until then it reports no numbers.
 */
export const noticesReceivedSection: BriefingSectionProvider = {
  key: 'noticesReceived',
  title: '收到的通报',
  section: async () => ({ key: 'noticesReceived', title: '收到的通报', available: false, rows: [] }),
};

/** The provided sections, in the pack's order. */
export const briefingSections: readonly BriefingSectionProvider[] = [noticesReceivedSection];
