/**
 * The steps of a disposal as a compact row of dots: 送达 first (blue when done), then the five in
 * place (green when done), each with its name and date in a tooltip; and "done/5" after them.
 */
import { Flex, Tooltip, Typography } from 'antd';
import { disposalsMessages } from './messages';
import type { StepSummary } from './disposals-api';

const m = disposalsMessages;

export function StepDots({ steps }: { steps: StepSummary[] }) {
  const rest = steps.filter((s) => s.kind !== 'notice');
  const done = rest.filter((s) => s.status === 'done').length;
  return (
    <Flex gap={4} align="center" role="list" aria-label={disposalsMessages.colProgress}>
      {steps.map((s) => {
        const label = s.status === 'done' ? m.stepDone(s.name, s.doneOn) : m.stepPending(s.name);
        const color = s.status !== 'done' ? undefined : s.kind === 'notice' ? '#1659a8' : '#389e0d';
        return (
          <Tooltip key={s.kind} title={label}>
            <span
              role="listitem"
              aria-label={label}
              data-done={s.status === 'done'}
              style={{
                width: 10,
                height: 10,
                borderRadius: '50%',
                display: 'inline-block',
                background: color ?? '#fff',
                border: `1.5px solid ${color ?? '#bfbfbf'}`,
                marginInlineEnd: s.kind === 'notice' ? 4 : 0,
              }}
            />
          </Tooltip>
        );
      })}
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
        {m.progressText(done, rest.length)}
      </Typography.Text>
    </Flex>
  );
}
