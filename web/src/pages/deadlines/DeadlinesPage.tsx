/**
 * /deadlines (期限与规则): the calculator, the rule table (editable by administrators) and the
 * calendar years; on a second tab (?tab=escalation), the escalation rules and thresholds.
 */
import { Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCapability } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/time';
import { escalationsMessages } from '../escalations/messages';
import { deadlinesMessages } from './messages';
import { EscalationRulesPanel } from '../escalations/rules/EscalationRulesPanel';
import { CalendarYearModal } from './CalendarYearModal';
import { DeadlineCalculator } from './DeadlineCalculator';
import { useDeadlineRules } from './deadlines-api';
import { RuleTable } from './RuleTable';

const m = deadlinesMessages;

export default function DeadlinesPage() {
  const { data, error, isPending, refetch } = useDeadlineRules();
  const [entering, setEntering] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'escalation' ? 'escalation' : 'deadlines';
  const manage = useCapability('deadlines.manage');
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const years = data?.confirmedYears ?? [];

  return (
    <>
      <PageHeader title={m.title} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'escalation' ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: 'deadlines',
            label: escalationsMessages.deadlinesTab,
            children: (
              <Flex vertical gap={16}>
                <DeadlineCalculator rules={data?.rules ?? []} />
                <RuleTable rules={data?.rules ?? []} editable={manage} loading={isPending} />
                <Card
                  title={m.calendar}
                  extra={
                    manage && (
                      <Button onClick={() => setEntering(true)}>
                        {m.enterYear}
                      </Button>
                    )
                  }
                >
                  <Flex vertical gap={12}>
                    <Typography.Text type="secondary">{m.calendarNote}</Typography.Text>
                    <Typography.Text strong>{m.confirmedYears}</Typography.Text>
                    {years.length === 0 ? (
                      <Typography.Text type="secondary">{m.noConfirmedYears}</Typography.Text>
                    ) : (
                      <Flex gap={8} wrap>
                        {years.map((y) => (
                          <Tag key={y.year} color="green" title={[y.note, m.confirmedAt(formatDateTime(y.confirmedAt))].filter(Boolean).join('；')}>
                            {m.yearText(y.year)}
                          </Tag>
                        ))}
                      </Flex>
                    )}
                  </Flex>
                </Card>
              </Flex>
            ),
          },
          { key: 'escalation', label: escalationsMessages.rulesTab, children: <EscalationRulesPanel /> },
        ]}
      />
      {manage && <CalendarYearModal open={entering} onClose={() => setEntering(false)} />}
    </>
  );
}
