/**
 * A long server job (an import, an export) as a progress bar: polls `url` for `{ status, progress }`
 * (progress in percent, 0–100) until the job is done or failed.
 */
import { useQuery } from '@tanstack/react-query';
import { Flex, Progress, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import type { JobStatus } from '../api/types';
import { messages } from '../messages';

const finished = (status: string | undefined) => status === 'done' || status === 'failed';

interface Props {
  url: string;
  intervalMs?: number;
  onFinished?: (job: JobStatus) => void;
}

export function JobProgress({ url, intervalMs = 1000, onFinished }: Props) {
  const { data: job, error } = useQuery({
    queryKey: ['job', url],
    queryFn: () => api.get<JobStatus>(url),
    refetchInterval: (query) => (finished(query.state.data?.status) || query.state.error ? false : intervalMs),
  });

  // Tell the caller once, not on every re-render.
  const reported = useRef(false);
  useEffect(() => {
    if (job && finished(job.status) && !reported.current) {
      reported.current = true;
      onFinished?.(job);
    }
  }, [job, onFinished]);

  const percent = Math.max(0, Math.min(100, Math.round(job?.progress ?? 0)));
  const status = error || job?.status === 'failed' ? 'exception' : job?.status === 'done' ? 'success' : 'active';
  const label = error ? error.message : job?.message ?? messages.job[(job?.status ?? 'pending') as keyof typeof messages.job] ?? job?.status;

  return (
    <Flex vertical gap={4}>
      <Progress percent={job?.status === 'done' ? 100 : percent} status={status} />
      <Typography.Text type={status === 'exception' ? 'danger' : 'secondary'}>{label}</Typography.Text>
    </Flex>
  );
}
