import type { Executor } from '../../../db/client.js';
import type { SessionUser } from '../../access/actor.js';
import { receivedNoticeFigures } from '../../notices/receipt-figures.js';
import { complaintFigures } from '../../complaints/complaint-figures.js';
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

/**
 * 投诉举报 (issue 14; seed art. 22 names complaints as a source of the 321 analysis): received in
 * the period and region by kind, 12345 transfers, overdue, and the enterprises complained about
 * most, from the complaints module; each row opens the complaint list.
 */
export const complaintsSection: BriefingSectionProvider = {
  key: 'complaints',
  title: '投诉举报',
  section: async ({ db, user, regionCode, period }) => {
    const f = await complaintFigures(db, user, regionCode, period);
    const list = `/complaints?${new URLSearchParams(regionCode === '510000' ? {} : { regionCode }).toString()}`;
    if (!f) return { key: 'complaints', title: '投诉举报', available: false, rows: [] };
    return {
      key: 'complaints',
      title: '投诉举报',
      available: true,
      rows: [
        { label: '收到投诉举报', value: f.total, href: list },
        { label: '其中投诉', value: f.complaints, href: `${list}&kind=complaint` },
        { label: '其中举报', value: f.reports, href: `${list}&kind=report` },
        { label: '其中12345转办', value: f.hotline, href: `${list}&channel=hotline` },
        { label: '超期未办结', value: f.overdue, href: `${list}&overdue=true` },
        ...f.top.map((t) => ({ label: `被投诉举报较多：${t.name}`, value: t.count, href: `/complaints?q=${encodeURIComponent(t.name)}` })),
      ],
    };
  },
};

/** The provided sections, in the pack's order. */
export const briefingSections: readonly BriefingSectionProvider[] = [noticesReceivedSection, complaintsSection];
