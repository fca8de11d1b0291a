/** The ledger rows (不合格食品核查处置台账): each of the five in place as 到位 (with its date) or 未到位. */
import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useUnitLabel } from '../../api/org';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { ledgerMessages } from './messages';
import { DisposalStatusTag } from '../disposals/DisposalStatusTag';
import { fiveKinds, type LedgerRow, type StepState } from './ledger-api';
import { stepCell } from './ledger-format';
import { tablePagination } from '../../lib/table-pagination';

const m = ledgerMessages;

function StepCellView({ state }: { state: StepState }) {
  const cell = stepCell(state);
  return (
    <Flex vertical gap={0} align="flex-start">
      <Tag color={cell.inPlace ? 'green' : undefined} style={{ marginInlineEnd: 0 }}>
        {cell.label}
      </Tag>
      {cell.date && <Typography.Text type="secondary" style={{ fontSize: 11 }}>{cell.date}</Typography.Text>}
    </Flex>
  );
}

interface Props {
  items: LedgerRow[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function LedgerTable({ items, total, loading, page, pageSize, onPageChange }: Props) {
  const label = useUnitLabel();
  // The sample number stays on the left and the status with its deadline on the right while the
  // middle scrolls, and the scroll bar sticks to the window's bottom: nothing is cut off.
  const columns: TableProps<LedgerRow>['columns'] = [
    { title: m.colSampleNo, dataIndex: 'sampleNo', width: 175, fixed: 'left', render: (no: string, r) => <Link to={`/disposals/${r.disposalId}`}>{no}</Link> },
    {
      title: `${m.colFood} / ${m.colParty}`,
      key: 'food',
      width: 180,
      ellipsis: true,
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text ellipsis>{r.foodName}</Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }} title={r.sampledPartyName}>
            {r.sampledPartyName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: m.colFailed, dataIndex: 'failedItems', width: 170, ellipsis: true },
    {
      title: m.colOwner,
      dataIndex: 'ownerUnitName',
      width: 120,
      ellipsis: true,
      render: (name: string, r) => <span title={name}>{label(r.ownerUnitId, name)}</span>,
    },
    { title: m.colOpened, dataIndex: 'openedAt', width: 95, render: (at: string) => formatDateTime(at).slice(0, 10) },
    ...fiveKinds.map((kind) => ({
      title: messages.disposalEnums.stepShort[kind],
      dataIndex: kind,
      width: 84,
      render: (state: StepState) => <StepCellView state={state} />,
    })),
    { title: m.colCaseNo, dataIndex: 'penaltyCaseNo', width: 150, ellipsis: true, render: (v: string | null) => v ?? messages.common.none },
    { title: m.colRemarks, dataIndex: 'remarks', width: 200, ellipsis: true, render: (v: string | null) => v ?? '' },
    {
      title: `${m.colStatus} / ${m.colDue}`,
      dataIndex: 'status',
      width: 130,
      fixed: 'right',
      render: (status: string, r) => (
        <Flex vertical gap={2} align="flex-start">
          <Flex gap={4} wrap>
            <DisposalStatusTag status={status} name={r.statusName} />
            {r.overdue && <Tag color="red">{m.overdue}</Tag>}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(r.dueAt).slice(0, 10)}</Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Table<LedgerRow>
      rowKey="disposalId"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      // The columns' own widths (max-content would stretch the ellipsis columns to their text).
      scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) }}
      sticky
      pagination={tablePagination({ page, pageSize, total, onChange: onPageChange })}
    />
  );
}
