/**
 * One drawn disposal: per item of the five in place, the checker's 到位 / 未到位 beside what the
 * platform records (a mismatch is flagged as it is chosen), the findings, and 保存.
 */
import { Alert, App, Button, Card, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { ledgerMessages } from '../ledger/messages';
import { reconciliationsMessages } from './messages';
import { DisposalStatusTag } from '../disposals/DisposalStatusTag';
import { fiveKinds } from '../ledger/ledger-api';
import { checkProblem, choicesOf, differences, toItems, type Choice, type Choices } from './check-form';
import { useReconciliationMutations, type Check } from './reconciliations-api';

const m = reconciliationsMessages;
const options = [
  { value: 'yes', label: ledgerMessages.inPlace },
  { value: 'no', label: ledgerMessages.notInPlace },
];

export function CheckCard({ reconciliationId, check, editable }: { reconciliationId: string; check: Check; editable: boolean }) {
  const { message } = App.useApp();
  const { record } = useReconciliationMutations();
  const [choices, setChoices] = useState<Choices>(() => choicesOf(check.items));
  const [findings, setFindings] = useState(check.findings ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setChoices(choicesOf(check.items));
    setFindings(check.findings ?? '');
  }, [check.checkedAt]);

  const d = check.disposal;
  const differs = differences(choices, d);
  const save = async () => {
    const p = checkProblem(choices, findings);
    if (p) return setProblem(p === 'incomplete' ? m.chooseAll : m.findingsRequired);
    setProblem(null);
    try {
      await record.mutateAsync({ id: reconciliationId, checkId: check.id, items: toItems(choices), findings: findings.trim() || undefined });
      message.success(m.checkSaved);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : messages.common.unknownError);
    }
  };

  return (
    <Card
      size="small"
      data-testid="reconciliation-check"
      title={
        <Flex gap={8} align="center" wrap>
          {d ? <Link to={`/disposals/${check.disposalId}`}>{d.sampleNo}</Link> : check.disposalId}
          {d && <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{`${d.foodName} · ${d.sampledPartyName} · ${d.ownerUnitName}`}</Typography.Text>}
        </Flex>
      }
      extra={
        <Flex gap={4}>
          {d && <DisposalStatusTag status={d.status} name={d.statusName} />}
          {check.checked ? <Tag color="green">{m.checked}</Tag> : <Tag>{m.unchecked}</Tag>}
        </Flex>
      }
    >
      <Flex gap={16} wrap>
        {fiveKinds.map((k) => (
          <Flex key={k} vertical gap={4} style={{ width: 170 }}>
            <Typography.Text strong>{messages.disposalEnums.stepShort[k]}</Typography.Text>
            <Segmented
              block
              size="small"
              options={options}
              value={choices[k]}
              disabled={!editable}
              onChange={(v) => setChoices((c) => ({ ...c, [k]: v as Choice }))}
              aria-label={messages.disposalEnums.stepShort[k]}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${m.platform}：${d?.[k].status === 'done' ? m.platformDone(d[k].doneOn) : m.platformPending}`}
            </Typography.Text>
            {differs.includes(k) && <Typography.Text type="danger" style={{ fontSize: 12 }}>{m.differs}</Typography.Text>}
          </Flex>
        ))}
      </Flex>
      <Flex gap={12} align="flex-start" style={{ marginTop: 12 }}>
        <Input.TextArea
          rows={2}
          value={findings}
          disabled={!editable}
          placeholder={m.findingsPlaceholder}
          aria-label={m.findings}
          maxLength={5000}
          onChange={(e) => setFindings(e.target.value)}
          status={problem === m.findingsRequired ? 'error' : undefined}
        />
        {editable && (
          <Button type="primary" loading={record.isPending} onClick={() => void save()}>
            {m.saveCheck}
          </Button>
        )}
      </Flex>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 8 }} />}
    </Card>
  );
}
