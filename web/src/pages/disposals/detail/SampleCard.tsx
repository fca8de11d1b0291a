/** What the disposal is about: the sample, its parties, and the failed items with values and limits. */
import { Card, Descriptions, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ConclusionTag } from '../../../components/ConclusionTag';
import { linkLabel } from '../../../lib/enums';
import { messages } from '../../../messages';
import { disposalDetailMessages } from '../messages';
import type { DisposalSample, DisposalSampleItem } from '../disposals-api';

const m = disposalDetailMessages;
const none = messages.common.none;

export function SampleCard({ sample: s }: { sample: DisposalSample }) {
  const failed = s.items.filter((i) => i.judgement !== 'qualified');
  const party = (name: string | null, address: string | null) => (name ? (address ? `${name}（${address}）` : name) : none);
  const columns: TableProps<DisposalSampleItem>['columns'] = [
    { title: m.colItem, dataIndex: 'itemName' },
    { title: m.colResult, key: 'result', width: 160, render: (_, i) => `${i.resultText}${i.unit ?? ''}` },
    { title: m.colLimit, dataIndex: 'limitText', width: 140, render: (v: string | null) => v ?? none },
    { title: m.colStandard, dataIndex: 'standard', width: 220, ellipsis: true, render: (v: string | null) => v ?? none },
    { title: m.colJudgement, dataIndex: 'judgement', width: 80, render: (j: string) => <ConclusionTag value={j} /> },
  ];
  return (
    <Card title={m.sample} extra={<ConclusionTag value={s.conclusion} />}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'sampleNo', label: m.sampleNo, children: <Link to={`/samples/${s.id}`}>{s.sampleNo}</Link> },
          { key: 'foodName', label: m.foodName, children: s.foodName },
          { key: 'link', label: m.link, children: linkLabel(s.link) },
          { key: 'sampledParty', label: m.sampledParty, span: 'filled', children: party(s.sampledPartyName, s.sampledPartyAddress) },
          { key: 'producer', label: m.nominalProducer, span: 'filled', children: party(s.nominalProducerName, s.nominalProducerAddress) },
          { key: 'samplingDate', label: m.samplingDate, children: s.samplingDate },
          { key: 'labName', label: m.labName, children: s.labName ?? none },
          { key: 'reportNo', label: m.reportNo, children: s.reportNo ?? none },
        ]}
      />
      <Table<DisposalSampleItem>
        rowKey="id"
        size="small"
        title={() => m.failedItems}
        columns={columns}
        dataSource={failed}
        pagination={false}
        scroll={{ x: 700 }}
      />
    </Card>
  );
}
