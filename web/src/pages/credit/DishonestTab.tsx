/** 严重违法失信名单: the list (public information) with status and search; the authority that penalised lists and removes, the level above approves a bureau's listing. */
import { Button, Card, Flex, Input, Select, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCapability } from '../../auth/session';
import { ReviewTag } from '../../components/ConclusionTag';
import { QueryError } from '../../components/QueryError';
import { optionsOf } from '../../lib/enums';
import { messages } from '../../messages';
import { creditMessages } from './messages';
import { AddDishonestModal } from './AddDishonestModal';
import { useDishonestList, type DishonestEntry, type DishonestQuery } from './credit-api';
import { ApproveDishonestModal } from './ApproveDishonestModal';
import { RemoveDishonestModal } from './RemoveDishonestModal';
import { tablePagination } from '../../lib/table-pagination';

const m = creditMessages;
const none = messages.common.none;

export function DishonestTab({ initialQ }: { initialQ?: string }) {
  const [query, setQuery] = useState<DishonestQuery>({ q: initialQ, page: 1, pageSize: 20 });
  const [typed, setTyped] = useState(initialQ ?? '');
  const { data, error, isFetching, refetch } = useDishonestList(query);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DishonestEntry | null>(null);
  const [approving, setApproving] = useState<DishonestEntry | null>(null);
  const rule = data?.reviewRule;
  // 待核实 on the review rule is for those who maintain the rules; officials see the date in force.
  const maintainsRules = useCapability('rules.manage');
  const set = (changes: Partial<DishonestQuery>) => setQuery((q) => ({ ...q, ...changes, page: 1 }));

  const reviewTitle = (
    <Flex gap={4} align="center" wrap>
      {m.colReviewableOn}
      {maintainsRules && rule?.unverified && <ReviewTag title={m.reviewRule(rule.months, rule.legalBasis)} />}
    </Flex>
  );

  const manages = data?.actions.includes('add') ?? false;
  const actionColumn: NonNullable<TableProps<DishonestEntry>['columns']> = [
    {
      title: messages.common.actions,
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, e) =>
        e.actions.includes('remove') ? (
          <Button type="link" size="small" danger style={{ padding: 0 }} onClick={() => setRemoving(e)}>
            {m.remove}
          </Button>
        ) : (
          e.actions.includes('approve') && (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setApproving(e)}>
              {m.approve}
            </Button>
          )
        ),
    },
  ];

  const columns: TableProps<DishonestEntry>['columns'] = [
    {
      title: m.colEnterprise,
      key: 'enterprise',
      width: 230,
      render: (_, e) => (
        <Flex vertical gap={2}>
          {e.enterpriseLink ? <Link to={e.enterpriseLink}>{e.enterpriseName}</Link> : <Typography.Text>{e.enterpriseName}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.creditCode ?? none}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: m.colReason,
      key: 'reason',
      width: 300,
      render: (_, e) => (
        <Flex vertical gap={2}>
          <Typography.Text>{e.reason}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.legalBasis}</Typography.Text>
        </Flex>
      ),
    },
    { title: m.decisionNo, dataIndex: 'decisionNo', width: 170 },
    { title: m.colListedOn, dataIndex: 'listedOn', width: 110 },
    {
      title: reviewTitle,
      key: 'reviewableOn',
      width: 150,
      render: (_, e) => (
        <Flex vertical gap={2} align="flex-start">
          <Tooltip title={rule ? m.reviewRule(rule.months, rule.legalBasis) : undefined}>
            <span>{e.reviewableOn ?? none}</span>
          </Tooltip>
          {e.reviewDue && <Tag color="blue">{m.reviewDue}</Tag>}
          {e.expiresOn && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${m.expiresOn} ${e.expiresOn}`}</Typography.Text>}
          {e.expiryDue && <Tag color="orange">{m.expiryDue}</Tag>}
        </Flex>
      ),
    },
    {
      title: m.colStatus,
      key: 'status',
      width: 170,
      render: (_, e) => (
        <Flex vertical gap={2} align="flex-start">
          <Tag color={e.status === 'listed' ? 'red' : undefined}>{e.statusName}</Tag>
          {e.status === 'removed' && e.removedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.removedInfo(e.removedOn, [e.removalKindName, e.removalReason].filter(Boolean).join('：'))}</Typography.Text>
          )}
          {e.status === 'refused' && e.refusalReason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.refusalReason}</Typography.Text>}
        </Flex>
      ),
    },
    { title: m.colListedBy, dataIndex: 'listedByUnitName', width: 140, ellipsis: true },
    // Only the Credit Division acts on entries: for everyone else the column would stay empty.
    ...(manages ? actionColumn : []),
  ];

  return (
    <Card>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            allowClear
            placeholder={m.searchPlaceholder}
            aria-label={m.searchPlaceholder}
            style={{ width: 300 }}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(value) => set({ q: value.trim() || undefined })}
          />
          <Select allowClear placeholder={m.statusFilter} aria-label={m.statusFilter} style={{ width: 120 }} options={optionsOf(m.status)} value={query.status} onChange={(status?: string) => set({ status })} />
        </Flex>
        {manages && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {m.add}
          </Button>
        )}
      </Flex>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<DishonestEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 1400 }}
          pagination={tablePagination({ page: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })) })}
        />
      )}
      <AddDishonestModal open={adding} onClose={() => setAdding(false)} />
      <RemoveDishonestModal entry={removing} onClose={() => setRemoving(null)} />
      <ApproveDishonestModal entry={approving} onClose={() => setApproving(null)} />
    </Card>
  );
}
