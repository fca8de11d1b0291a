/** 抽检建议: who suggested what, and its decision; accept into a plan or decline with a reason. */
import { Button, Card, Flex, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCapability } from '../../../auth/session';
import { QueryError } from '../../../components/QueryError';
import { labelOf, optionsOf } from '../../../lib/enums';
import { formatDateTime } from '../../../lib/time';
import { messages } from '../../../messages';
import { plansMessages, suggestionsMessages } from '../messages';
import { useSuggestions, type Suggestion } from '../plans-api';
import { yearOptions } from '../years';
import { DecideSuggestionModal, type Decision } from './DecideSuggestionModal';
import { SuggestionFormModal } from './SuggestionFormModal';
import { tablePagination } from '../../../lib/table-pagination';

const m = suggestionsMessages;
const statusColors: Record<string, string | undefined> = { pending: 'orange', accepted: 'green', declined: undefined };

export function SuggestionsTab() {
  const [query, setQuery] = useState<{ year?: number; status?: string; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const { data, error, isFetching, refetch } = useSuggestions(query);
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState<{ suggestion: Suggestion; decision: Decision } | null>(null);
  const canSuggest = useCapability('suggestions.create');

  const columns: TableProps<Suggestion>['columns'] = [
    {
      title: m.colTitle,
      dataIndex: 'title',
      render: (title: string, s) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {s.kind === 'risk_warning' && <Tag color="orange">{s.kindName}</Tag>}
            {title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.content}</Typography.Text>
        </Flex>
      ),
    },
    { title: m.colFrom, dataIndex: 'fromUnitName', width: 180, ellipsis: true },
    { title: m.colYear, dataIndex: 'year', width: 64 },
    {
      title: m.colScope,
      key: 'scope',
      width: 160,
      render: (_, s) => [s.categoryName, s.regionName].filter(Boolean).join(' · ') || messages.common.none,
    },
    { title: m.colCreatedAt, dataIndex: 'createdAt', width: 130, render: (at: string) => formatDateTime(at) },
    {
      title: m.colStatus,
      key: 'status',
      width: 200,
      render: (_, s) => (
        <Flex vertical gap={2} align="flex-start">
          <Tag color={statusColors[s.status]}>{labelOf(messages.enums.suggestionStatus, s.status)}</Tag>
          {s.planId && s.planName && <Link to={`/plans/${s.planId}`} style={{ fontSize: 12 }}>{m.intoPlan(s.planName)}</Link>}
          {s.status === 'declined' && s.decisionReason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.decisionReason}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: messages.common.actions,
      key: 'actions',
      width: 110,
      render: (_, s) => (
        <Space size={4}>
          {s.actions.includes('accept') && <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDeciding({ suggestion: s, decision: 'accept' })}>{m.accept}</Button>}
          {s.actions.includes('decline') && <Button type="link" size="small" danger style={{ padding: 0 }} onClick={() => setDeciding({ suggestion: s, decision: 'decline' })}>{m.decline}</Button>}
        </Space>
      ),
    },
  ];

  const set = (changes: { year?: number; status?: string }) => setQuery((q) => ({ ...q, ...changes, page: 1 }));
  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Select allowClear placeholder={plansMessages.year} style={{ width: 120 }} options={yearOptions()} value={query.year} onChange={(year?: number) => set({ year })} aria-label={plansMessages.year} />
          <Select allowClear placeholder={m.statusFilter} style={{ width: 120 }} options={optionsOf(messages.enums.suggestionStatus)} value={query.status} onChange={(status?: string) => set({ status })} aria-label={m.statusFilter} />
        </Flex>
        {canSuggest && <Button type="primary" onClick={() => setCreating(true)}>{m.create}</Button>}
      </Flex>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Suggestion>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 1050 }}
          pagination={tablePagination({ page: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })) })}
        />
      )}
      {canSuggest && <SuggestionFormModal open={creating} onClose={() => setCreating(false)} />}
      <DecideSuggestionModal target={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
