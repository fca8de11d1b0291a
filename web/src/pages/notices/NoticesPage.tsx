/** /notices (信息通报): 收件箱 and 已发送 as tabs over one server-paged list, filters in the URL; 发通报. */
import { Badge, Button, Flex, Input, Select, Space, Tabs, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { ListPage, useUrlList } from '../../components/ListPage';
import { defineUrlFilters } from '../../lib/url-filters';
import { formatDateTime } from '../../lib/time';
import { ApprovalSettingsModal } from './ApprovalSettingsModal';
import { ComposeNoticeDrawer } from './ComposeNoticeDrawer';
import { KindTag } from './KindTag';
import { kindOptions, noticesMessages, stateColors } from './messages';
import { useNotices, type NoticeRow } from './notices-api';

const m = noticesMessages;
const noticeFilters = defineUrlFilters({ box: ['inbox', 'sent'], kind: kindOptions.map((k) => k.value), q: 'text' });

export default function NoticesPage() {
  const { state, update, setPage } = useUrlList(noticeFilters);
  const box = (state.box ?? 'inbox') as 'inbox' | 'sent';
  const list = useNotices({ box, kind: state.kind, q: state.q, page: state.page, pageSize: state.pageSize });
  const [composing, setComposing] = useState(false);
  // A risk meeting's notice follow-up links here: /notices?compose=1&meetingId=…&actionId=….
  const [params, setParams] = useSearchParams();
  const meetingId = params.get('meetingId');
  const fromMeeting = params.get('compose') === '1' ? (meetingId ? { meetingId, actionId: params.get('actionId') ?? undefined } : null) : null;
  const composeFromUrl = params.get('compose') === '1';
  // A risk signal's 起草风险预警提示 links here: /notices?compose=1&signalId=….
  const fromSignal = composeFromUrl ? params.get('signalId') : null;
  const closeCompose = () => {
    setComposing(false);
    if (composeFromUrl) {
      const next = new URLSearchParams(params);
      ['compose', 'meetingId', 'actionId', 'signalId'].forEach((k) => next.delete(k));
      setParams(next, { replace: true });
    }
  };
  const [settings, setSettings] = useState(false);
  const maySend = useCapability('notices.send');
  const mayApprove = useCapability('notices.approvalSettings');

  const title: NonNullable<TableProps<NoticeRow>['columns']>[number] = {
    title: m.colTitle,
    dataIndex: 'title',
    ellipsis: true,
    render: (text: string, n) => (
      <Space size={4}>
        {box === 'inbox' && n.ownState === 'unread' && <Badge status="processing" />}
        <Link to={`/notices/${n.id}`}>
          {box === 'inbox' && n.ownState === 'unread' ? <Typography.Text strong>{text}</Typography.Text> : text}
        </Link>
      </Space>
    ),
  };
  const kind = { title: m.colKind, dataIndex: 'kind', width: 120, render: (k: string) => <KindTag kind={k} /> };
  const due = { title: m.colReplyDue, dataIndex: 'replyDueOn', width: 110, render: (d: string | null) => d ?? <Typography.Text type="secondary">{m.noReplyDue}</Typography.Text> };
  const inboxColumns: TableProps<NoticeRow>['columns'] = [
    title,
    kind,
    { title: m.colSender, dataIndex: 'senderUnitName', width: 200, ellipsis: true },
    { title: m.colSentAt, dataIndex: 'sentAt', width: 150, render: (at: string | null) => formatDateTime(at) },
    due,
    { title: m.colOwnState, dataIndex: 'ownState', width: 100, render: (s: string) => <Tag color={stateColors[s]}>{m.stateNames[s]}</Tag> },
  ];
  const sentColumns: TableProps<NoticeRow>['columns'] = [
    title,
    kind,
    { title: m.colStatus, dataIndex: 'statusName', width: 90, render: (name: string, n) => <Tag color={n.status === 'sent' ? 'green' : n.status === 'withdrawn' ? 'default' : 'orange'}>{name}</Tag> },
    { title: m.colSentAt, dataIndex: 'sentAt', width: 150, render: (at: string | null, n) => formatDateTime(at ?? n.createdAt) },
    due,
    {
      title: m.colReceipts,
      key: 'receipts',
      width: 230,
      render: (_, n) => (
        <Flex gap={4} wrap>
          <span>{m.receiptsText(n.readCount, n.repliedCount, n.recipientCount)}</span>
          {n.overdueCount > 0 && <Tag color="red">{m.overdueText(n.overdueCount)}</Tag>}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <ListPage<NoticeRow>
        title={m.title}
        extra={
          <Space>
            {mayApprove && <Button onClick={() => setSettings(true)}>{m.approvalSettings}</Button>}
            {maySend && (
              <Button type="primary" onClick={() => setComposing(true)}>
                {m.compose}
              </Button>
            )}
          </Space>
        }
        filterBar={
          <>
            <Tabs
              activeKey={box}
              onChange={(key) => update({ box: key === 'inbox' ? undefined : key })}
              items={[
                { key: 'inbox', label: m.inbox },
                { key: 'sent', label: m.sent },
              ]}
            />
            <Flex gap={8} wrap style={{ marginBottom: 16 }}>
              <Select
                allowClear
                placeholder={m.filterKind}
                style={{ width: 160 }}
                value={state.kind}
                options={kindOptions.map((k) => ({ value: k.value, label: k.label }))}
                onChange={(kind?: string) => update({ kind })}
              />
              <Input.Search allowClear placeholder={m.search} style={{ width: 240 }} defaultValue={state.q} onSearch={(q) => update({ q })} />
            </Flex>
          </>
        }
        list={list}
        page={state.page}
        pageSize={state.pageSize}
        onPage={setPage}
        table={{ columns: box === 'inbox' ? inboxColumns : sentColumns, scroll: { x: 1000 }, emptyText: m.empty }}
      />
      {maySend && <ComposeNoticeDrawer open={composing || composeFromUrl} onClose={closeCompose} fromMeeting={fromMeeting} fromSignal={fromSignal} />}
      {mayApprove && <ApprovalSettingsModal open={settings} onClose={() => setSettings(false)} />}
    </>
  );
}
