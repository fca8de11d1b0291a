/** Test items, searchable by name or alias and by kind; each expands to its limits. */
import { Card, Flex, Input, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { QueryError } from '../../components/QueryError';
import { labelOf, optionsOf } from '../../lib/enums';
import { messages } from '../../messages';
import { catalogueMessages } from './messages';
import { useTestItems, type ItemLimit, type TestItem } from './catalogue-api';
import { limitsFor } from './limits';
import { LimitsTable } from './LimitsTable';

const m = catalogueMessages;

interface Props {
  /** Ids of the chosen category and its ancestors and descendants; null shows every limit. */
  related: Set<string> | null;
  categoryName: string | null;
  onEditLimit?: (limit: ItemLimit, item: TestItem) => void;
}

export function TestItemsTable({ related, categoryName, onEditLimit }: Props) {
  const [q, setQ] = useState<string>();
  const [kind, setKind] = useState<string>();
  const { data, error, isFetching, refetch } = useTestItems({ q, kind });

  // With a category chosen: only items that have a limit for it, and only those limits.
  const rows = useMemo(
    () =>
      (data?.items ?? [])
        .map((item) => ({ ...item, limits: limitsFor(item.limits, related) }))
        .filter((item) => !related || item.limits.length > 0),
    [data, related],
  );

  const columns: TableProps<TestItem>['columns'] = [
    {
      title: m.colName,
      dataIndex: 'name',
      width: 200,
      render: (name: string, item) => (
        <>
          {name}
          {item.microbiological && <Tag style={{ marginLeft: 8 }}>{m.microbiological}</Tag>}
        </>
      ),
    },
    { title: m.colAliases, dataIndex: 'aliases', ellipsis: true, render: (a: string[]) => a.join('、') },
    { title: m.colKind, dataIndex: 'kind', width: 110, render: (k: string) => labelOf(messages.enums.testItemKind, k) },
    { title: m.colUnit, dataIndex: 'unit', width: 90 },
    {
      title: m.colLimits,
      key: 'limits',
      width: 140,
      render: (_, item) => {
        const unverified = item.limits.filter((l) => l.unverified).length;
        return (
          <>
            {m.limitCount(item.limits.length)}
            {onEditLimit && unverified > 0 && <Tag color="orange" style={{ marginLeft: 8 }}>{`${m.unverified} ${unverified}`}</Tag>}
          </>
        );
      },
    },
  ];

  return (
    <Card
      title={
        <Flex vertical gap={0}>
          <span>{m.testItems}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {categoryName ? m.forCategory(categoryName) : m.selectCategoryHint}
          </Typography.Text>
        </Flex>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={m.searchItems} style={{ width: 260 }} onSearch={(v) => setQ(v.trim() || undefined)} />
        <Select allowClear placeholder={m.itemKind} style={{ width: 150 }} options={optionsOf(messages.enums.testItemKind)} value={kind} onChange={setKind} aria-label={m.itemKind} />
      </Flex>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<TestItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={isFetching}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: messages.common.total, hideOnSinglePage: true }}
          expandable={{
            expandedRowRender: (item) => <LimitsTable limits={item.limits} onEdit={onEditLimit && ((limit) => onEditLimit(limit, item))} />,
            rowExpandable: (item) => item.limits.length > 0,
          }}
          scroll={{ x: 720 }}
        />
      )}
    </Card>
  );
}
