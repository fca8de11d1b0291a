/**
 * Why the escalation exists: the rule and its legal basis (待核实 when nobody has read it in the
 * legal text), and the samples that triggered it — each with its disposal — where a result since
 * overturned is struck through and marked 已推翻不计数.
 */
import { Card, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../../messages';
import { escalationsMessages } from '../messages';
import { DisposalStatusTag } from '../../disposals/DisposalStatusTag';
import type { EscalationDetail, EscalationSample } from '../escalations-api';
import { RuleLevelTag } from '../EscalationTags';

const m = escalationsMessages;
const none = messages.common.none;
const struck = { textDecoration: 'line-through', color: 'rgba(0,0,0,0.45)' };

export function WhyCard({ escalation: e }: { escalation: EscalationDetail }) {
  const columns: TableProps<EscalationSample>['columns'] = [
    { title: m.colSampleNo, dataIndex: 'sampleNo', width: 200, render: (no: string, s) => <Link to={`/samples/${s.sampleId}`}>{no}</Link> },
    { title: m.colSamplingDate, dataIndex: 'samplingDate', width: 110 },
    { title: m.colFood, dataIndex: 'foodName', width: 140, ellipsis: true },
    { title: m.colSampledParty, dataIndex: 'sampledPartyName', width: 200, ellipsis: true },
    { title: m.colFailedItems, dataIndex: 'failedItems', render: (items: string | null) => items ?? none },
    {
      title: m.colDisposal,
      key: 'disposal',
      width: 120,
      render: (_, s) =>
        s.disposalId ? (
          <Link to={`/disposals/${s.disposalId}`}>{s.disposalStatus ? <DisposalStatusTag status={s.disposalStatus} /> : messages.common.view}</Link>
        ) : (
          <Typography.Text type="secondary">{m.noDisposal}</Typography.Text>
        ),
    },
    {
      title: m.colCounted,
      dataIndex: 'counted',
      width: 120,
      render: (counted: boolean) => (counted ? <Tag color="red">{m.counted}</Tag> : <Tag>{m.notCounted}</Tag>),
    },
  ];
  return (
    <Card title={m.why}>
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{m.whyRule(e.ruleName, e.year)}</Typography.Text>
          <RuleLevelTag level={e.ruleLevel} quiet />
        </Flex>
        <Typography.Text type="secondary">
          {m.legalBasis}：{e.ruleLegalBasis}
        </Typography.Text>
      </Flex>
      <Table<EscalationSample>
        rowKey="sampleId"
        size="small"
        columns={columns}
        dataSource={e.samples}
        pagination={false}
        scroll={{ x: 1000 }}
        // Tags are inline blocks, so the strike-through leaves 已推翻不计数 readable.
        onRow={(s) => (s.counted ? {} : { style: struck })}
      />
    </Card>
  );
}
