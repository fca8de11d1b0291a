/** The inbox table: what, kind, owner, deadline, state, and 办结 where the server allows it. */
import { App, Button, Empty, Flex, Input, Modal, Popconfirm, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { WorkItem } from '../../api/types';
import { formatDateTime } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { messages } from '../../messages';
import { workbenchMessages } from './messages';
import { describeDeadline } from './deadline';
import { isInternal, workItemTarget } from './work-item-links';
import { useCompleteWorkItem } from './work-items-api';
import { tablePagination } from '../../lib/table-pagination';

const m = workbenchMessages;
/** Kinds the server completes by hand only with a note (src/domain/work-item.ts noteRequiredKinds). */
const NOTE_REQUIRED = ['risk_notice'];

interface Props {
  items: WorkItem[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  done: boolean;
  kindNames?: Record<string, string>;
  onPageChange: (page: number, pageSize: number) => void;
}

function StatusCell({ item, now }: { item: WorkItem; now: Date }) {
  if (item.status === 'done') return <Tag color="green">{m.tagDone}</Tag>;
  const deadline = describeDeadline(item.dueAt, item.overdue, now);
  const tag =
    deadline.urgency === 'overdue' ? <Tag color="red">{m.tagOverdue}</Tag>
    : deadline.urgency === 'dueSoon' ? <Tag color="orange">{m.tagDueSoon}</Tag>
    : <Tag color="blue">{m.tagOpen}</Tag>;
  return (
    <Flex vertical gap={2} align="flex-start">
      {tag}
      {deadline.text && (
        <Typography.Text type={deadline.urgency === 'overdue' ? 'danger' : deadline.urgency === 'dueSoon' ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
          {deadline.text}
        </Typography.Text>
      )}
    </Flex>
  );
}

export function WorkItemTable({ items, total, loading, page, pageSize, done, kindNames, onPageChange }: Props) {
  const now = useNow();
  const { message } = App.useApp();
  const complete = useCompleteWorkItem();
  // Closing a meeting's notice follow-up by hand means no notice is sent: the server wants the reason.
  const [noteFor, setNoteFor] = useState<WorkItem | null>(null);
  const [note, setNote] = useState('');

  const onComplete = (item: WorkItem, withNote?: string) =>
    complete.mutateAsync({ ...item, note: withNote }).then(
      () => {
        setNoteFor(null);
        void message.success(m.completed);
      },
      (error: Error) => void message.error(error.message),
    );

  const columns: TableProps<WorkItem>['columns'] = [
    {
      title: m.colTitle,
      dataIndex: 'title',
      render: (title: string, item) => {
        const target = workItemTarget(item);
        return (
          <Flex vertical gap={2}>
            {target ? <Link to={target}>{title}</Link> : <Typography.Text>{title}</Typography.Text>}
            {item.links.length > 0 && (
              <Flex gap={8} wrap>
                {item.links.map((l) =>
                  isInternal(l.href) ? (
                    <Link key={l.href} to={l.href} style={{ fontSize: 12 }}>
                      {l.label}
                    </Link>
                  ) : (
                    <Typography.Link key={l.href} href={l.href} target="_blank" rel="noreferrer" style={{ fontSize: 12 }}>
                      {l.label}
                    </Typography.Link>
                  ),
                )}
              </Flex>
            )}
          </Flex>
        );
      },
    },
    { title: m.colKind, dataIndex: 'kind', width: 140, render: (kind: string, item) => item.kindName ?? kindNames?.[kind] ?? kind },
    {
      title: m.colOwnerUnit,
      dataIndex: 'ownerUnitName',
      width: 220,
      render: (name: string, item) => (
        <Flex vertical gap={2}>
          <span>{name}</span>
          {item.assigneeName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.assigneeName}</Typography.Text>}
        </Flex>
      ),
    },
    { title: m.colDueAt, dataIndex: 'dueAt', width: 150, render: (dueAt: string | null) => formatDateTime(dueAt) },
    { title: m.colStatus, key: 'status', width: 140, render: (_, item) => <StatusCell item={item} now={now} /> },
    {
      title: messages.common.actions,
      key: 'actions',
      width: 90,
      render: (_, item) => {
        if (item.actions.includes('complete') && NOTE_REQUIRED.includes(item.kind)) {
          return (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => {
                setNote('');
                setNoteFor(item);
              }}
            >
              {m.complete}
            </Button>
          );
        }
        if (item.actions.includes('complete')) {
          return (
            <Popconfirm title={m.completeConfirm} onConfirm={() => onComplete(item)} okText={messages.common.ok} cancelText={messages.common.cancel}>
              <Button type="link" size="small" style={{ padding: 0 }}>
                {m.complete}
              </Button>
            </Popconfirm>
          );
        }
        // Done by its business action (recording a step, acknowledging a report) on its own page.
        const target = item.status === 'open' ? workItemTarget(item) : null;
        return target && <Link to={target}>{m.goHandle}</Link>;
      },
    },
  ];

  return (
    <>
      <Modal
        open={noteFor !== null}
        title={m.noNoticeTitle}
        okText={m.complete}
        okButtonProps={{ disabled: !note.trim(), loading: complete.isPending }}
        onOk={() => noteFor && void onComplete(noteFor, note.trim())}
        onCancel={() => setNoteFor(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{m.noNoticeHint}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={m.noNoticePlaceholder} />
      </Modal>
      <Table<WorkItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={done ? m.emptyDone : m.empty} /> }}
        pagination={tablePagination({ page, pageSize, total, onChange: onPageChange })}
        scroll={{ x: 900 }}
      />
    </>
  );
}
