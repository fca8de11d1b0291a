/** The server-paged 核查处置 table: overdue first (the server's order), steps as dots, a live deadline. */
import { Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { DueText } from '../../components/DueText';
import { useNow } from '../../lib/use-now';
import { disposalsMessages } from './messages';
import type { DisposalRow } from './disposals-api';
import { DisposalStatusTag, isActive } from './DisposalStatusTag';
import { StepDots } from './StepDots';
import { tablePagination } from '../../lib/table-pagination';

const m = disposalsMessages;

interface Props {
  items: DisposalRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function DisposalTable({ items, total, loading, page, pageSize, onPageChange }: Props) {
  const now = useNow();
  const columns: TableProps<DisposalRow>['columns'] = [
    { title: m.colSampleNo, dataIndex: 'sampleNo', width: 190, render: (no: string, d) => <Link to={`/disposals/${d.id}`}>{no}</Link> },
    { title: m.colFood, dataIndex: 'foodName', width: 130, ellipsis: true },
    { title: m.colSampledParty, dataIndex: 'sampledPartyName', ellipsis: true },
    { title: m.colOwnerUnit, dataIndex: 'ownerUnitName', width: 200, ellipsis: true },
    { title: m.colStatus, dataIndex: 'status', width: 110, render: (status: string, d) => <DisposalStatusTag status={status} name={d.statusName} /> },
    { title: m.colProgress, key: 'steps', width: 150, render: (_, d) => <StepDots steps={d.steps} /> },
    {
      title: m.colDue,
      dataIndex: 'dueAt',
      width: 150,
      render: (dueAt: string, d) => <DueText dueAt={dueAt} overdue={d.overdue} provisional={d.provisional} active={isActive(d.status)} now={now} />,
    },
  ];
  return (
    <Table<DisposalRow>
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
