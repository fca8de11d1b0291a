/**
 * 办案期限: whether 立案 came within its period from the lead (程序规定 art. 18), the decision
 * period with its extensions and the time not counted (行政处罚法 art. 60; 程序规定 art. 64), and
 * 延长期限 / 登记不计入期限的时间 / 登记结束 as the server allows.
 */
import { Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { casesMessages } from './messages';
import type { CaseDetail } from './cases-api';
import { TimeLimitModal, type TimeLimitForm } from './TimeLimitModal';

const m = casesMessages;

export function TimeLimitsCard({ c }: { c: CaseDetail }) {
  const [form, setForm] = useState<TimeLimitForm | null>(null);
  const t = c.timeLimits;
  return (
    <Card
      title={m.timeLimits}
      extra={
        <Flex gap={8} wrap>
          {c.actions.includes('extendDecision') && <Button onClick={() => setForm('extend')}>{m.extend}</Button>}
          {c.actions.includes('pause') && <Button onClick={() => setForm('pause')}>{m.pause}</Button>}
          {c.actions.includes('endPause') && <Button onClick={() => setForm('endPause')}>{m.endPause}</Button>}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            ...(t.discoveredOn ? [{ key: 'discovered', label: m.discoveredOn, children: t.discoveredOn }] : []),
            ...(t.filingDueOn
              ? [
                  {
                    key: 'filing',
                    label: m.filingLimit,
                    children: (
                      <Flex gap={8} wrap>
                        <span>{t.filingDueOn}</span>
                        {t.filedLate ? <Tag color="red">{m.filingLate}</Tag> : <Tag color="green">{m.filingInTime}</Tag>}
                        {t.filingExtension && <Typography.Text type="secondary">{m.filingExtended(t.filingExtension.approvedOn, t.filingExtension.approver)}</Typography.Text>}
                      </Flex>
                    ),
                  },
                ]
              : []),
            ...(t.filingApproval ? [{ key: 'approval', label: m.filingApprovedBy, children: t.filingApproval.approver }] : []),
            ...(t.excludedDays !== null ? [{ key: 'excluded', label: m.decisionLimit, children: <span>{m.excludedDays(t.excludedDays)}{t.clockSuspended && <Tag color="orange" style={{ marginLeft: 8 }}>{m.suspended}</Tag>}</span> }] : []),
          ]}
        />
        {t.decisionExtensions.length > 0 && (
          <List
            size="small"
            header={m.extensions}
            dataSource={t.decisionExtensions}
            renderItem={(e) => <List.Item>{`${e.approvedOn} ${e.kindName} ${e.days} 日（${e.approver}）：${e.reason}`}</List.Item>}
          />
        )}
        {t.pauses.length > 0 && (
          <List
            size="small"
            header={m.pauses}
            dataSource={t.pauses}
            renderItem={(p) => (
              <List.Item>
                {`${p.kindName}：${p.from} 至 ${p.to ?? m.pauseOpen}（${p.reason}）`}
              </List.Item>
            )}
          />
        )}
      </Flex>
      <TimeLimitModal c={c} form={form} onClose={() => setForm(null)} />
    </Card>
  );
}
