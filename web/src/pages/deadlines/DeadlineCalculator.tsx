/** 期限计算器: a rule of the table and a start (a date, or a precise time) → the due date and weekday. */
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Radio, Row, Select, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCapability } from '../../auth/session';
import { ReviewTag } from '../../components/ConclusionTag';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { deadlinesMessages } from './messages';
import { provisionalYear, ruleAmount, weekdayOf } from './deadline-format';
import { computeDeadline, type DeadlineResult, type DeadlineRule } from './deadlines-api';

const m = deadlinesMessages;

interface Values {
  rule?: string;
  fromKind: 'date' | 'time';
  from?: Dayjs;
}

function ResultCard({ result, rule, maintains }: { result: DeadlineResult; rule?: DeadlineRule; maintains: boolean }) {
  const hours = rule?.unit === 'hour';
  const value = `${result.dueDate}（${weekdayOf(result.dueDate)}）${hours ? ` ${formatDateTime(result.due).slice(11)}` : ''}`;
  return (
    <Card size="small" style={{ background: '#f6f9fe' }} data-testid="deadline-result">
      <Flex vertical gap={12}>
        <Statistic title={`${m.dueTime} · ${result.ruleName}`} value={value} styles={{ content: { color: '#1659a8' } }} />
        {rule && <Typography.Text type="secondary">{`${ruleAmount(rule)} · ${m.basis}：${rule.legalBasis}`}</Typography.Text>}
        {result.provisional && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.provisionalWarning(provisionalYear(result))}</Typography.Text>}
        {maintains && result.unverified && <Alert type="info" showIcon title={m.unverifiedWarning} />}
      </Flex>
    </Card>
  );
}

export function DeadlineCalculator({ rules }: { rules: DeadlineRule[] }) {
  // 待核实 is the maintainers' to-do: they see it on the rules; officials see the rule in force.
  const maintains = useCapability('deadlines.manage');
  const [form] = Form.useForm<Values>();
  const fromKind = Form.useWatch('fromKind', form) ?? 'date';
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const from = v.fromKind === 'date' ? v.from!.format('YYYY-MM-DD') : v.from!.toISOString();
      setResult(await computeDeadline(v.rule!, from));
    } catch (e) {
      setResult(null);
      setProblem(e instanceof Error ? e.message : messages.common.unknownError);
    } finally {
      setBusy(false);
    }
  };

  const options = rules.map((r) => ({
    value: r.id,
    label: `${r.name}（${ruleAmount(r)}）`,
    rule: r,
  }));

  return (
    <Card title={m.calculator}>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <Form<Values> form={form} layout="vertical" initialValues={{ fromKind: 'date' }} onFinish={onFinish}>
            <Form.Item name="rule" label={m.rule} rules={[{ required: true, message: m.ruleRequired }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={options}
                optionRender={({ data }) => (
                  <Flex vertical>
                    <Flex gap={6} align="center">
                      <span>{data.label}</span>
                      {maintains && data.rule.unverified && <ReviewTag />}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                      {data.rule.legalBasis}
                    </Typography.Text>
                  </Flex>
                )}
              />
            </Form.Item>
            <Flex gap={16} align="flex-end" wrap>
              <Form.Item name="fromKind" label={m.fromKind}>
                <Radio.Group optionType="button" options={[{ value: 'date', label: m.fromDate }, { value: 'time', label: m.fromTime }]} onChange={() => form.setFieldValue('from', undefined)} />
              </Form.Item>
              <Form.Item name="from" label={m.from} rules={[{ required: true, message: m.fromRequired }]}>
                <DatePicker showTime={fromKind === 'time' ? { format: 'HH:mm' } : false} format={fromKind === 'time' ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'} style={{ width: 220 }} />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {m.calculate}
                </Button>
              </Form.Item>
            </Flex>
          </Form>
        </Col>
        <Col xs={24} xl={12}>
          {problem && <Alert type="error" showIcon title={problem} />}
          {result && <ResultCard result={result} rule={rules.find((r) => r.id === result.rule)} maintains={maintains} />}
        </Col>
      </Row>
    </Card>
  );
}
