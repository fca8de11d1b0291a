/**
 * A long server job (an import, an export) as a progress bar: polls `url` for
 * `{ status: queued|running|done|failed, progress: 0–100, error }` until the job is done or failed.
 */
import { useQuery } from '@tanstack/react-query';
import { Flex, Progress, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import type { JobStatus } from '../api/types';
import { messages } from '../messages';

export const jobFinished = (status: string | undefined) => status === 'done' || status === 'failed';

interface Props<J extends JobStatus> {
  url: string;
  intervalMs?: number;
  onFinished?: (job: J) => void;
}

export function JobProgress<J extends JobStatus = JobStatus>({ url, intervalMs = 500, onFinished }: Props<J>) {
  const { data: job, error } = useQuery({
    queryKey: ['job', url],
    queryFn: () => api.get<J>(url),
    refetchInterval: (query) => (jobFinished(query.state.data?.status) || query.state.error ? false : intervalMs),
  });

  // Tell the caller once, not on every re-render.
  const reported = useRef(false);
  useEffect(() => {
    if (job && jobFinished(job.status) && !reported.current) {
      reported.current = true;
      onFinished?.(job);
    }
  }, [job, onFinished]);

  const percent = Math.max(0, Math.min(100, Math.round(job?.progress ?? 0)));
  const failed = Boolean(error) || job?.status === 'failed';
  const status = failed ? 'exception' : job?.status === 'done' ? 'success' : 'active';
  const label = error ? error.message : job?.status === 'failed' && job.error ? job.error : messages.job[job?.status ?? 'queued'];

  return (
    <Flex vertical gap={4} data-testid="job-progress">
      <Progress percent={job?.status === 'done' ? 100 : percent} status={status} />
      <Typography.Text type={failed ? 'danger' : 'secondary'}>{label}</Typography.Text>
    </Flex>
  );
}
