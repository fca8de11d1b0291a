/** The tested items of a sample with their judgements. */
import { Table, Tag, type TableProps } from 'antd';
import { ConclusionTag } from '../../../components/ConclusionTag';
import { messages } from '../../../messages';
import type { ResultItem } from '../samples-api';

const m = messages.sampleDetail;

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
    { title: m.colResult, dataIndex: 'resultText', width: 140 },
    { title: m.colUnit, dataIndex: 'unit', width: 100 },
    { title: m.colLimit, dataIndex: 'limitText', width: 140 },
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
      scroll={{ x: 800 }}
    />
  );
}
