/**
 * On the 行政处罚 step: the enforcement cases opened from this disposal (links), and 立案查处 —
 * which opens the case form with the sample's facts — while the disposal has no open case.
 */
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { labelOf } from '../../../lib/enums';
import { casesMessages } from '../../cases/messages';
import { OpenCaseModal, type OpenCaseSource } from '../../cases/OpenCaseModal';
import type { DisposalDetail } from '../disposals-api';

const m = casesMessages;

function sourceOf(d: DisposalDetail): OpenCaseSource {
  const failed = d.sample.items.filter((i) => i.judgement !== 'qualified').map((i) => i.itemName).join('、');
  return {
    kind: 'disposal',
    disposalId: d.id,
    label: d.sampleNo,
    partyName: d.sample.sampledPartyName,
    title: m.defaultTitle(d.sample.foodName),
    facts: m.defaultFacts(d.sample.samplingDate, d.sample.foodName, d.sampleNo, failed),
  };
}

export function PenaltyCases({ disposal }: { disposal: DisposalDetail }) {
  const [opening, setOpening] = useState(false);
  // The server lists the cases the user may read: none when they may not read cases.
  const cases = disposal.cases;
  // The server says whether a case may be filed (openCase: not voided, no open case yet, case.work).
  const mayOpen = disposal.actions.includes('openCase');
  if (cases.length === 0 && !mayOpen) return null;
  return (
    <Flex gap={8} align="center" wrap data-testid="penalty-cases">
      {cases.length > 0 && <Typography.Text type="secondary">{m.penaltyCases}</Typography.Text>}
      {cases.map((c) => (
        <Link key={c.id} to={`/cases/${c.id}`}>
          {m.penaltyCaseLink(c.caseNo, labelOf(m.stageStatus, c.stage))}
        </Link>
      ))}
      {mayOpen && (
        <>
          <Button size="small" onClick={() => setOpening(true)}>
            {m.openAction}
          </Button>
          <OpenCaseModal open={opening} onClose={() => setOpening(false)} from={sourceOf(disposal)} />
        </>
      )}
    </Flex>
  );
}
