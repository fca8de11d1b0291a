/**
 * 督办规则与阈值 on the 期限与规则 page: the escalation rules and the case and credit thresholds,
 * editable by holders of 'rule.manage', and 重新计算督办 (after a bulk import) with a confirmation.
 */
import { App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useCapability } from '../../../auth/session';
import { QueryError } from '../../../components/QueryError';
import { messages } from '../../../messages';
import { escalationsMessages } from '../messages';
import { useEscalationRuleMutations, useEscalationRules } from '../escalations-api';
import { EscalationRulesTable } from './EscalationRulesTable';
import { RuleSettingsTable } from './RuleSettingsTable';

const m = escalationsMessages;

export function EscalationRulesPanel() {
  const { message } = App.useApp();
  const { data, error, isPending, refetch } = useEscalationRules();
  const { recompute } = useEscalationRuleMutations();
  const manage = useCapability('rules.manage');
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;

  const onRecompute = () =>
    recompute.mutateAsync().then(
      (r) => void message.success(m.recomputed(r.created, r.updated)),
      (e: Error) => void message.error(e.message),
    );

  return (
    <Flex vertical gap={16}>
      <Card
        title={m.rules}
        extra={
          manage && (
            <Popconfirm title={m.recompute} description={<div style={{ maxWidth: 320 }}>{m.recomputeConfirm}</div>} onConfirm={onRecompute} okText={messages.common.ok} cancelText={messages.common.cancel}>
              <Button loading={recompute.isPending}>{m.recompute}</Button>
            </Popconfirm>
          )
        }
      >
        <Typography.Paragraph type="secondary">{m.rulesNote}</Typography.Paragraph>
        <EscalationRulesTable rules={data?.rules ?? []} editable={manage} loading={isPending} />
      </Card>
      <Card title={m.settings}>
        <RuleSettingsTable settings={data?.settings ?? []} editable={manage} loading={isPending} />
      </Card>
    </Flex>
  );
}
