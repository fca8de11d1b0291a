/** A record's history from the audit log, newest first: when, what (in words), who, and any detail. */
import { Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { labelOf } from '../lib/enums';
import { formatDateTime } from '../lib/time';
import { messages } from '../messages';

export interface HistoryEntry {
  seq: number;
  at: string;
  action: string;
  actorUsername: string | null;
  after?: unknown;
}

interface Props {
  history: HistoryEntry[];
  /** audit action → words */
  labels: Readonly<Record<string, string>>;
  empty: string;
  /** What to say beyond the action's name (a step's name, a comment). */
  detail?: (entry: HistoryEntry) => ReactNode;
}

export function HistoryTimeline({ history, labels, empty, detail }: Props) {
  if (history.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.seq,
        title: formatDateTime(h.at),
        content: (
          <>
            <Typography.Text>{labelOf(labels, h.action)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {h.actorUsername ?? messages.audit.system}
            </Typography.Text>
            {detail?.(h)}
          </>
        ),
      }))}
    />
  );
}
