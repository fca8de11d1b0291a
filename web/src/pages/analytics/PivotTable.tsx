/**
 * The pivot: one row per row key, one column per column key, each cell the rate (or, under the
 * small-sample threshold, "不合格/抽检") linked to the samples behind it, with its sample count.
 */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Pivot, PivotCell } from './analytics-api';
import { analyticsMessages as m } from './messages';

export type Measure = 'unqualified' | 'issue';

type RowItem = Pivot['rowItems'][number];

function shown(c: PivotCell, measure: Measure) {
  if (measure === 'unqualified') return { text: c.display, href: c.unqualifiedHref };
  return { text: c.small ? `${c.issue}/${c.samples}` : `${c.issueRate.toFixed(2)}%`, href: c.issueHref };
}

export function Cell({ cell, measure, testId }: { cell: PivotCell | null; measure: Measure; testId: string }) {
  if (!cell) return <Typography.Text type="secondary">—</Typography.Text>;
  const { text, href } = shown(cell, measure);
  const rate = measure === 'unqualified' ? cell.rate : cell.issueRate;
  const colour = cell.small ? undefined : rate >= 5 ? '#cf1322' : rate >= 2 ? '#d46b08' : undefined;
  return (
    <Tooltip title={m.cellTitle(cell.samples, cell.unqualified, cell.issue)}>
      <span data-testid={testId} data-small={cell.small ? 'true' : 'false'}>
        {href ? <Link to={href} style={{ color: colour }} data-testid={`${testId}-rate`}>{text}</Link> : <span style={{ color: colour }}>{text}</span>}
        {cell.small && <Tag style={{ marginLeft: 4, fontSize: 11 }}>{m.smallTag}</Tag>}
        <br />
        {cell.href ? (
          <Link to={cell.href} style={{ fontSize: 12, color: '#8c8c8c' }} data-testid={`${testId}-samples`}>
            {cell.samples}
            {m.samples}
          </Link>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{cell.samples}{m.samples}</Typography.Text>
        )}
      </span>
    </Tooltip>
  );
}

interface Props {
  pivot: Pivot;
  measure: Measure;
  /** Clicking a row label drills into it (category rows above 细类), or null. */
  onDrill: ((key: string, label: string) => void) | null;
}

export function PivotTable({ pivot, measure, onDrill }: Props) {
  const columns: ColumnsType<RowItem> = [
    {
      title: pivot.rowLabel,
      key: 'label',
      fixed: 'left',
      width: 180,
      render: (_, r) => (onDrill && r.key ? <a onClick={() => onDrill(r.key!, r.label)} data-testid="drill">{r.label}</a> : r.label),
    },
    ...(pivot.columns
      ? pivot.columnKeys.map((c, i) => ({
          title: c.label,
          key: `c${i}`,
          align: 'center' as const,
          width: 110,
          render: (_: unknown, r: RowItem, rowIndex: number) => <Cell cell={r.cells[i]} measure={measure} testId={`cell-${rowIndex}-${i}`} />,
        }))
      : []),
    {
      title: m.total,
      key: 'total',
      align: 'center',
      width: 110,
      render: (_, r, rowIndex) => <Cell cell={r.total} measure={measure} testId={`total-${rowIndex}`} />,
    },
  ];
  return (
    <Table<RowItem>
      size="small"
      rowKey={(r) => r.key ?? '∅'}
      dataSource={pivot.rowItems}
      columns={columns}
      pagination={pivot.rowItems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: m.noData }}
      data-testid="pivot-table"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><strong>{m.total}</strong></Table.Summary.Cell>
          {pivot.columns &&
            pivot.columnTotals.map((c, i) => (
              <Table.Summary.Cell key={i} index={i + 1} align="center">
                <Cell cell={c} measure={measure} testId={`column-total-${i}`} />
              </Table.Summary.Cell>
            ))}
          <Table.Summary.Cell index={(pivot.columns ? pivot.columnKeys.length : 0) + 1} align="center">
            <Cell cell={pivot.total} measure={measure} testId="grand-total" />
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
