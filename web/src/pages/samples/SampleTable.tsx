/** The server-paged table of samples. */
import { Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ConclusionTag, ReviewTag } from '../../components/ConclusionTag';
import { useRegionName } from '../../components/RegionSelect';
import { linkLabel } from '../../lib/enums';
import { messages } from '../../messages';
import { samplesMessages } from './messages';
import type { SampleRow } from './samples-api';
import { tablePagination } from '../../lib/table-pagination';

const m = samplesMessages;

interface Props {
  items: SampleRow[];
  total: number;
  /** The server stopped counting at `total` (10 000): show "10000+". */
  totalCapped?: boolean;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export function SampleTable({ items, total, totalCapped, loading, page, pageSize, onPageChange }: Props) {
  const regionName = useRegionName();
  const columns: TableProps<SampleRow>['columns'] = [
    {
      title: m.colSampleNo,
      dataIndex: 'sampleNo',
      width: 180,
      render: (sampleNo: string, s) => <Link to={`/samples/${s.id}`}>{sampleNo}</Link>,
    },
    { title: m.colFoodName, dataIndex: 'foodName', width: 140, ellipsis: true },
    { title: m.colCategoryRoot, dataIndex: 'categoryRootName', width: 120, ellipsis: true },
    { title: m.colLink, dataIndex: 'link', width: 64, render: (link: string | null) => linkLabel(link) },
    { title: m.colSampledParty, dataIndex: 'sampledPartyName', ellipsis: true },
    { title: m.colRegion, dataIndex: 'regionCode', width: 130, ellipsis: true, render: (code: string | null) => regionName(code) },
    { title: m.colSamplingDate, dataIndex: 'samplingDate', width: 105 },
    { title: m.colConclusion, dataIndex: 'conclusion', width: 76, render: (c: string) => <ConclusionTag value={c} /> },
    { title: m.colReview, dataIndex: 'needsReview', width: 76, render: (review: boolean) => review && <ReviewTag /> },
  ];
  return (
    <Table<SampleRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1080 }}
      pagination={tablePagination({ page, pageSize, total, showTotal: totalCapped ? messages.common.totalCapped : messages.common.total, onChange: onPageChange })}
    />
  );
}
