import type { Executor } from '../../../db/client.js';
import type { SessionUser } from '../../access/actor.js';
import { receivedNoticeFigures } from '../../notices/receipt-figures.js';
import type { Period } from './periods.js';

/** A section of the briefing pack that another module provides (e.g. 收到的通报 from the notices module). */
export interface BriefingSection {
  key: string;
  title: string;
  /** False when the providing module cannot give figures: the pack says so instead of showing numbers. */
  available: boolean;
  rows: { label: string; value: number; href: string | null }[];
}

export interface BriefingSectionProvider {
  key: string;
  title: string;
  section(context: { db: Executor; user: SessionUser; regionCode: string; period: Period }): Promise<BriefingSection>;
}

/**
 * 收到的通报 (notices received by the user's unit in the period, issue 11 §2): by kind, then how
 * many it has read, replied to and left overdue, from the notices module's receipts; each row
 * opens the unit's inbox (filtered by kind where it is one).
 */
export const noticesReceivedSection: BriefingSectionProvider = {
  key: 'noticesReceived',
  title: '收到的通报',
  section: async ({ db, user, period }) => {
    const f = await receivedNoticeFigures(db, user, period);
    const inbox = '/notices?box=inbox';
    return {
      key: 'noticesReceived',
      title: '收到的通报',
      available: true,
      rows: [
        { label: '收到通报', value: f.received, href: inbox },
        ...f.byKind.map((k) => ({ label: `其中${k.kindName}`, value: k.received, href: `${inbox}&kind=${k.kind}` })),
        { label: '已阅读', value: f.read, href: inbox },
        { label: '已反馈', value: f.replied, href: inbox },
        { label: '逾期未反馈', value: f.overdue, href: inbox },
      ],
    };
  },
};

/** The provided sections, in the pack's order. */
export const briefingSections: readonly BriefingSectionProvider[] = [noticesReceivedSection];
