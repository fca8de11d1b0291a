/**
 * 法制审核: the grounds of 行政处罚法 art. 58 (and a local amount where one is set), the unit whose
 * legal staff review (the bureau itself, 法规处 for the province), whether this case needs a
 * review and why, the proposal under review or decided with the opinion, and 登记审核情形 /
 * 提交 / 审核 as the server allows.
 */
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCapability } from '../../auth/session';
import { labelOf } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { messages } from '../../messages';
import { casesMessages } from './messages';
import type { CaseDetail } from './cases-api';
import { ReviewDecisionModal } from './ReviewDecisionModal';
import { ReviewGroundsModal } from './ReviewGroundsModal';
import { ReviewRequestModal } from './ReviewRequestModal';
import { yuanText } from './money';

const m = casesMessages;
const statusColor = { pending: 'orange', approved: 'green', returned: 'red' } as const;

export function LegalReviewCard({ c }: { c: CaseDetail }) {
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [grounds, setGrounds] = useState(false);
  // 待核实 on the rule is for those who maintain the rules.
  const maintainsRules = useCapability('rules.manage');
  const r = c.legalReview;
  return (
    <Card
      title={m.legalReview}
      extra={
        <Flex gap={8}>
          {c.actions.includes('setReviewGrounds') && <Button onClick={() => setGrounds(true)}>{m.editGrounds}</Button>}
          {c.actions.includes('requestLegalReview') && <Button onClick={() => setRequesting(true)}>{r ? m.resubmitReview : m.requestReview}</Button>}
          {c.actions.includes('decideLegalReview') && (
            <Button type="primary" onClick={() => setDeciding(true)}>
              {m.decideReview}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.reviewRule}
          {c.legalReviewRule.value > 0 && ` ${m.localAmountRule(yuanText(c.legalReviewRule.value))}`}
          {maintainsRules && c.legalReviewRule.level === 'U' && c.legalReviewRule.value > 0 && (
            <Tag color="gold" style={{ marginLeft: 8 }} title={c.legalReviewRule.legalBasis}>
              {messages.common.reviewTag}
            </Tag>
          )}
        </Typography.Text>
        <Descriptions size="small" column={1} items={[{ key: 'reviewer', label: m.reviewer, children: c.reviewerUnitName ?? messages.common.none }]} />
        {c.legalReviewReasons.length > 0 && <Alert type="warning" showIcon title={m.reviewRequiredFor(c.legalReviewReasons.join('、'))} />}
        {r ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'status', label: m.legalReview, children: <Tag color={statusColor[r.status]}>{m.reviewStatus[r.status]}</Tag> },
              { key: 'fine', label: m.proposedFine, children: m.yuan(r.proposedFine) },
              { key: 'gains', label: m.proposedConfiscation, children: m.yuan(r.proposedConfiscation) },
              { key: 'licence', label: m.proposedLicence, children: labelOf(m.licenceAction, r.proposedLicenceAction) },
              { key: 'proposal', label: m.proposal, children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.proposal}</span> },
              { key: 'requestedAt', label: m.requestedAt, children: formatDateTime(r.requestedAt) },
              ...(r.status === 'pending' ? [{ key: 'due', label: m.reviewDue, children: formatDateTime(r.dueAt) }] : []),
              ...(r.reviewedAt ? [{ key: 'reviewedAt', label: m.reviewedAt, children: formatDateTime(r.reviewedAt) }] : []),
              ...(r.opinion ? [{ key: 'opinion', label: m.opinion, children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.opinion}</span> }] : []),
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{m.reviewNone}</Typography.Text>
        )}
      </Flex>
      {c.actions.includes('requestLegalReview') && <ReviewRequestModal c={c} open={requesting} onClose={() => setRequesting(false)} />}
      {c.actions.includes('decideLegalReview') && <ReviewDecisionModal c={c} open={deciding} onClose={() => setDeciding(false)} />}
      {c.actions.includes('setReviewGrounds') && <ReviewGroundsModal c={c} open={grounds} onClose={() => setGrounds(false)} />}
    </Card>
  );
}
