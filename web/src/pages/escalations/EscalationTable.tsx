/** The server-paged 督办 list: the enterprise (to the detail), rule, year, batches against the threshold, units, state, deadline. */
import { Empty, Flex, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useUnitLabel } from '../../api/org';
import { DueText } from '../../components/DueText';
import { useNow } from '../../lib/use-now';
import { escalationsMessages } from './messages';
import type { EscalationRow } from './escalations-api';
import { isActive } from './escalation-format';
import { BelowThresholdTag, EscalationStatusTag, MatchedByNameTag } from './EscalationTags';
import { tablePagination } from '../../lib/table-pagination';

const m = escalationsMessages;

interface Props {
  items: EscalationRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function EscalationTable({ items, total, loading, page, pageSize, onPageChange }: Props) {
  const now = useNow();
  const label = useUnitLabel();
  const columns: TableProps<EscalationRow>['columns'] = [
    {
      title: m.colEnterprise,
      dataIndex: 'enterpriseName',
      render: (name: string, e) => (
        <Flex vertical gap={2}>
          <Flex gap={6} align="center" wrap>
            <Link to={`/escalations/${e.id}`}>{name}</Link>
            {e.matchedByName && <MatchedByNameTag />}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.creditCode ?? m.noCreditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: m.colRule, dataIndex: 'ruleName', width: 220, ellipsis: { showTitle: true } },
    { title: m.colYear, dataIndex: 'year', width: 70 },
    {
      title: m.colBatches,
      key: 'batches',
      width: 130,
      render: (_, e) => (
        <Flex gap={6} align="center" wrap>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{m.batches(e.currentCount, e.threshold)}</span>
          {e.belowThreshold && <BelowThresholdTag />}
        </Flex>
      ),
    },
    { title: m.colOwner, dataIndex: 'ownerUnitName', width: 110, render: (name: string, e) => label(e.ownerUnitId, name) },
    { title: m.colAssigned, dataIndex: 'assignedUnitName', width: 110, render: (name: string, e) => label(e.assignedUnitId, name) },
    { title: m.colStatus, dataIndex: 'status', width: 120, render: (status: string) => <EscalationStatusTag status={status} /> },
    {
      title: m.colDue,
      dataIndex: 'dueAt',
      width: 140,
      render: (dueAt: string, e) => <DueText dueAt={dueAt} overdue={e.overdue} provisional={e.provisional} active={isActive(e.status)} now={now} />,
    },
  ];
  return (
    <Table<EscalationRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1100 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} /> }}
      pagination={tablePagination({ page, pageSize, total, onChange: onPageChange })}
    />
  );
}
