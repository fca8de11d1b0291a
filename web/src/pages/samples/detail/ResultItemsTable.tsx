/** The tested items of a sample with their judgements; a sampling plan's n results and its plan. */
import { Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { ConclusionTag } from '../../../components/ConclusionTag';
import { sampleDetailMessages } from '../messages';
import type { ResultItem } from '../samples-api';

const m = sampleDetailMessages;

export function ResultItemsTable({ items }: { items: ResultItem[] }) {
  const columns: TableProps<ResultItem>['columns'] = [
    {
      title: m.colItem,
      dataIndex: 'itemName',
      render: (name: string, item) => (
        <>
          {name}
          {item.microbiological && <Tag style={{ marginLeft: 8 }}>{m.microbiological}</Tag>}
        </>
      ),
    },
    {
      title: m.colResult,
      dataIndex: 'resultText',
      width: 200,
      render: (text: string, item) =>
        item.subResults ? (
          <>
            <div>{item.subResults.join('、')}</div>
            <Typography.Text type="secondary">{m.subResults(item.subResults.length)}</Typography.Text>
          </>
        ) : (
          text
        ),
    },
    { title: m.colUnit, dataIndex: 'unit', width: 100 },
    {
      title: m.colLimit,
      dataIndex: 'limitText',
      width: 200,
      render: (text: string | null, item) =>
        item.samplingPlan ? (
          <Tooltip title={m.planHelp}>
            <span style={{ display: 'inline-block' }}>
              <div>{text}</div>
              <Typography.Text type="secondary">{m.samplingPlan}</Typography.Text>
            </span>
          </Tooltip>
        ) : (
          text
        ),
    },
    { title: m.colStandard, dataIndex: 'standard', width: 220, ellipsis: true },
    { title: m.colJudgement, dataIndex: 'judgement', width: 90, render: (j: string) => <ConclusionTag value={j} /> },
  ];
  return (
    <Table<ResultItem>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: m.noResults }}
      scroll={{ x: 900 }}
    />
  );
}
