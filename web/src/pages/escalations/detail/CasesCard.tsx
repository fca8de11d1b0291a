/** 案件: the cases opened from this escalation, and 立案查处 (the form starts from the escalation's facts). */
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { escalationsMessages } from '../messages';
import { CaseStageTag } from '../../cases/CaseStageTag';
import { OpenCaseModal } from '../../cases/OpenCaseModal';
import type { EscalationDetail, LinkedCase } from '../escalations-api';
import { Entries } from './Entries';

const m = escalationsMessages;

export function CasesCard({ escalation: e }: { escalation: EscalationDetail }) {
  const [opening, setOpening] = useState(false);
  const mayOpen = e.actions.includes('openCase');

  const item = (c: LinkedCase) => (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center" wrap>
        <Link to={`/cases/${c.id}`}>{c.caseNo}</Link>
        <CaseStageTag stage={c.stage} />
      </Flex>
      <Typography.Text>{c.title}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.filedOn(c.filedOn)}
      </Typography.Text>
    </Flex>
  );

  return (
    <Card
      title={m.cases}
      style={{ height: '100%' }}
      extra={
        mayOpen && (
          <Button danger onClick={() => setOpening(true)}>
            {m.openCase}
          </Button>
        )
      }
    >
      {e.cases.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noCases} /> : <Entries items={e.cases} render={item} />}
      {mayOpen && (
        <OpenCaseModal
          open={opening}
          onClose={() => setOpening(false)}
          from={{
            kind: 'escalation',
            escalationId: e.id,
            label: m.caseSourceLabel(e.ruleName, e.year),
            partyName: e.enterpriseName,
            title: m.caseTitle(e.enterpriseName),
            facts: m.caseFacts(e.year, e.currentCount, e.sampleNos, e.ruleName),
          }}
        />
      )}
    </Card>
  );
}
