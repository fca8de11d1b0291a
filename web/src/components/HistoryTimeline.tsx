/** A record's history from the audit log, newest first: when, what (in words), who (by name), and any detail. */
import { Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { auditActionName } from '../../../src/domain/audit-actions';
import { formatDateTime } from '../lib/time';
import { auditMessages } from '../pages/audit/messages';
import { CodeTip } from './CodeTip';

export interface HistoryEntry {
  seq: number;
  at: string;
  action: string;
  /** The action in words, from the server's catalogue. */
  actionName?: string;
  /** Who acted, by name (系统 for jobs). */
  actorName?: string;
  actorUsername: string | null;
  after?: unknown;
}

interface Props {
  history: HistoryEntry[];
  /** audit action → words, where the page says it better than the catalogue */
  labels?: Readonly<Record<string, string>>;
  empty: string;
  /** What to say beyond the action's name (a step's name, a comment). */
  detail?: (entry: HistoryEntry) => ReactNode;
}

export function historyActionLabel(h: Pick<HistoryEntry, 'action' | 'actionName'>, labels: Readonly<Record<string, string>> = {}): string {
  return Object.hasOwn(labels, h.action) ? labels[h.action] : (h.actionName ?? auditActionName(h.action));
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
            <CodeTip code={h.action}>
              <Typography.Text>{historyActionLabel(h, labels)}</Typography.Text>
            </CodeTip>
            <CodeTip code={h.actorUsername}>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {h.actorName ?? auditMessages.system}
              </Typography.Text>
            </CodeTip>
            {detail?.(h)}
          </>
        ),
      }))}
    />
  );
}
