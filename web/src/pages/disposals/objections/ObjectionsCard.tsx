/** 异议与复检 of the disposal's sample: each application with its state, draw and conclusion; the forms. */
import { Alert, Button, Card, Descriptions, Divider, Flex, Tag, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { formatDateTime } from '../../../lib/time';
import { objectionsMessages } from '../messages';
import { ApplyModal } from './ApplyModal';
import { ConcludeModal } from './ConcludeModal';
import { DecideModal, type Decision } from './DecideModal';
import { useSampleApplications, type Application, type ApplicationKind } from './objections-api';

const m = objectionsMessages;
const statusColor: Record<string, string | undefined> = { pending: 'orange', accepted: 'processing', rejected: undefined, concluded: 'green' };

function ApplicationItem({ app, onDecide, onConclude }: { app: Application; onDecide: (d: Decision) => void; onConclude: (a: Application) => void }) {
  const items = [
    { key: 'applicant', label: m.applicant, children: app.applicant },
    { key: 'appliedOn', label: m.appliedOn, children: app.appliedOn },
    ...(app.dueAt && (app.status === 'pending' || app.status === 'accepted') ? [{ key: 'due', label: m.due, children: <Typography.Text type={app.overdue ? 'danger' : undefined}>{formatDateTime(app.dueAt)}</Typography.Text> }] : []),
    ...(app.labDraw ? [{ key: 'lab', label: m.lab, children: m.labDrawn(app.labDraw.pickedName, app.labDraw.candidates.length) }] : []),
    ...(app.decisionReason ? [{ key: 'reason', label: m.decisionReason, children: app.decisionReason }] : []),
    ...(app.outcomeName ? [{ key: 'outcome', label: m.outcome, span: 'filled' as const, children: `${app.outcomeName}：${app.outcomeText ?? ''}` }] : []),
    { key: 'content', label: m.content, span: 'filled' as const, children: app.content },
  ];
  const buttons = [
    ...(app.actions.includes('accept') ? [<Button key="accept" size="small" onClick={() => onDecide({ app, accept: true })}>{m.accept}</Button>] : []),
    ...(app.actions.includes('reject') ? [<Button key="reject" size="small" danger onClick={() => onDecide({ app, accept: false })}>{m.reject}</Button>] : []),
    ...(app.actions.includes('conclude') ? [<Button key="conclude" size="small" type="primary" onClick={() => onConclude(app)}>{m.conclude}</Button>] : []),
  ];
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Tag color="purple">{app.kindName}</Tag>
        {app.groundName && <Typography.Text strong>{app.groundName}</Typography.Text>}
        <Tag color={statusColor[app.status]}>{app.statusName}</Tag>
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          {buttons}
        </Flex>
      </Flex>
      {app.windowReviewReason && app.status === 'pending' && <Alert type="warning" showIcon title={m.windowReview} description={app.windowReviewReason} />}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
    </Flex>
  );
}

export function ObjectionsCard({ sampleId }: { sampleId: string }) {
  const { data, error } = useSampleApplications(sampleId);
  const [applying, setApplying] = useState<ApplicationKind | null>(null);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [concluding, setConcluding] = useState<Application | null>(null);
  // The server lists what the user may file on the sample; each application carries its own actions.
  const fileable = data?.actions ?? [];
  const mayWrite = fileable.length > 0 || (data?.items ?? []).some((a) => a.actions.length > 0);
  const apps = data?.items ?? [];
  // A bureau asked to assist reads the disposal but not the sample's applications.
  if (error) return null;

  return (
    <Card
      title={m.title}
      extra={
        fileable.length > 0 && (
          <Flex gap={8}>
            {fileable.includes('applyObjection') && <Button size="small" onClick={() => setApplying('objection')}>{m.applyObjection}</Button>}
            {fileable.includes('applyRetest') && <Button size="small" onClick={() => setApplying('retest')}>{m.applyRetest}</Button>}
          </Flex>
        )
      }
    >
      {apps.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        apps.map((app, i) => (
          <Fragment key={app.id}>
            {i > 0 && <Divider style={{ margin: '12px 0' }} />}
            <ApplicationItem app={app} onDecide={setDeciding} onConclude={setConcluding} />
          </Fragment>
        ))
      )}
      {mayWrite && (
        <>
          <ApplyModal sampleId={sampleId} kind={applying} onClose={() => setApplying(null)} />
          <DecideModal sampleId={sampleId} decision={deciding} onClose={() => setDeciding(null)} />
          <ConcludeModal sampleId={sampleId} app={concluding} onClose={() => setConcluding(null)} />
        </>
      )}
    </Card>
  );
}
