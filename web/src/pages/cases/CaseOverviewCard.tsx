/** The case at a glance: 案由, party (and its enterprise record), source with a link to it, units, dates, the decision deadline and the decision. */
import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { DueText } from '../../components/DueText';
import { labelOf } from '../../lib/enums';
import { useNow } from '../../lib/use-now';
import { messages } from '../../messages';
import { casesMessages } from './messages';
import type { CaseDetail } from './cases-api';
import { CaseMarks } from './CaseStageTag';

const m = casesMessages;

function SourceRecord({ c }: { c: CaseDetail }) {
  if (c.disposal) return <Link to={`/disposals/${c.disposal.id}`}>{m.disposalLink(c.disposal.sampleNo, c.disposal.statusName)}</Link>;
  if (c.escalation) return <Link to={`/escalations/${c.escalation.id}`}>{m.escalationLink(c.escalation.year)}</Link>;
  // A complaint registered here (投诉举报, its tracking number) links back to it; an older free-text reference stays text.
  if (c.complaintRef && /^TS\d{8}[A-Z0-9]{8}$/.test(c.complaintRef)) return <Link to={`/complaints?q=${encodeURIComponent(c.complaintRef)}`}>{`${m.complaintRef} ${c.complaintRef}`}</Link>;
  if (c.complaintRef) return <span>{`${m.complaintRef} ${c.complaintRef}`}</span>;
  return <span>{messages.common.none}</span>;
}

export function CaseOverviewCard({ c }: { c: CaseDetail }) {
  const now = useNow();
  const d = c.decision;
  return (
    <Card title={m.overview}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xxl: 3 }}
        // A long 案由 in one column must not squeeze dates in the other into one character a line.
        styles={{ label: { whiteSpace: 'nowrap' }, content: { minWidth: 180 } }}
        items={[
          { key: 'caseNo', label: m.caseNo, children: c.caseNo },
          { key: 'title', label: m.caseTitle, children: c.title },
          { key: 'party', label: m.party, children: c.enterprise ? <Link to={`/enterprises/${c.enterprise.id}`}>{c.partyName}</Link> : c.partyName },
          { key: 'source', label: m.sourceLabel, children: labelOf(m.source, c.source) },
          { key: 'record', label: m.fromRecord, children: <SourceRecord c={c} /> },
          { key: 'owner', label: m.ownerUnit, children: c.ownerUnitName },
          { key: 'filedBy', label: m.filedBy, children: c.filedByUnitName },
          ...(c.linkUnitName ? [{ key: 'link', label: m.linkUnit, children: c.linkUnitName }] : []),
          ...(c.takeOver ? [{ key: 'takeOver', label: m.takenOver, children: m.takenOverFrom(c.takeOverFromUnitName ?? '', c.takeOver.on) }] : []),
          { key: 'filedOn', label: m.filedOn, children: c.filedOn },
          {
            key: 'due',
            label: m.due,
            children: d ? m.decidedNote : <DueText dueAt={c.dueAt} overdue={c.overdue} provisional={c.provisional} active={c.remainingMs !== null} now={now} />,
          },
          ...(d
            ? [
                { key: 'decisionNo', label: m.decisionNo, children: d.decisionNo },
                { key: 'penalty', label: m.penaltyTotal, children: m.yuan(Math.round((d.fineAmount + d.confiscatedIllegalGains) * 100) / 100) },
                { key: 'licence', label: m.licenceActionLabel, children: labelOf(m.licenceAction, d.licenceAction) },
              ]
            : []),
          ...(c.closedOn ? [{ key: 'closedOn', label: m.closedOn, children: c.closedOn }] : []),
          ...(c.major || c.crossRegion || c.judicialTransfer
            ? [{ key: 'flags', label: m.flags, children: <CaseMarks major={c.major} crossRegion={c.crossRegion} transferred={c.judicialTransfer !== null} /> }]
            : []),
          { key: 'facts', label: m.facts, span: 'filled' as const, children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{c.facts}</Typography.Paragraph> },
        ]}
      />
    </Card>
  );
}
