/** A plan's quotas, each with its progress. */
import { Progress, Table, type TableProps } from 'antd';
import { plansMessages } from '../messages';
import type { Quota } from '../plans-api';

const m = plansMessages;

/** "不限分类" / "不限地区" for a quota that does not restrict one of them. */
export const quotaLabel = (q: Quota) => `${q.categoryName ?? m.anyCategory} · ${q.regionName ?? m.anyRegion}`;

export function QuotaTable({ quotas }: { quotas: Quota[] }) {
  const columns: TableProps<Quota>['columns'] = [
    { title: m.colCategory, dataIndex: 'categoryName', render: (n: string | null) => n ?? m.anyCategory },
    { title: m.colRegion, dataIndex: 'regionName', width: 150, render: (n: string | null, q) => n ?? q.regionCode ?? m.anyRegion },
    { title: m.colQuota, dataIndex: 'quota', width: 90, align: 'right' },
    { title: m.colSampled, dataIndex: 'sampled', width: 90, align: 'right' },
    {
      title: m.colProgress,
      dataIndex: 'progress',
      width: 170,
      render: (p: number) => <Progress percent={p} size="small" status={p >= 100 ? 'success' : 'normal'} />,
    },
  ];
  return <Table<Quota> rowKey="id" size="small" columns={columns} dataSource={quotas} pagination={false} locale={{ emptyText: m.noQuotas }} scroll={{ x: 640 }} />;
}
