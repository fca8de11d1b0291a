/** Sample imports (src/modules/imports): upload, job status with its summary, recent jobs. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import type { ImportJobList } from '@contracts/imports';
import type { Link, SamplingType } from '../../lib/enums';

export type ImportFormat = 'auto' | 'provincial' | 'national' | 'template';

/** Reply types come from the server's contracts (src/contracts/imports.ts). */
export type { ImportError, ImportJob, ImportJobRow, ImportSummary } from '@contracts/imports';

export interface ImportOptionValues {
  format: ImportFormat;
  dryRun: boolean;
  defaultSamplingDate?: Dayjs | null;
  defaultLink?: Link;
  defaultSamplingType?: SamplingType;
  planId?: string;
}

/** The multipart body of POST /api/imports/samples: the file, then the options that are set. */
export function importFormData(file: Blob & { name?: string }, options: ImportOptionValues): FormData {
  const form = new FormData();
  form.append('format', options.format);
  form.append('dryRun', String(options.dryRun));
  if (options.defaultSamplingDate) form.append('defaultSamplingDate', options.defaultSamplingDate.format('YYYY-MM-DD'));
  if (options.defaultLink) form.append('defaultLink', options.defaultLink);
  if (options.defaultSamplingType) form.append('defaultSamplingType', options.defaultSamplingType);
  if (options.planId) form.append('planId', options.planId);
  form.append('file', file, file.name);
  return form;
}

export const jobUrl = (id: string) => `/api/imports/${encodeURIComponent(id)}`;

export function useRecentImports() {
  return useQuery({
    queryKey: ['imports'],
    queryFn: () => api.get<ImportJobList>('/api/imports'),
  });
}

export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, options }: { file: File; options: ImportOptionValues }) =>
      api.upload<{ id: string }>('/api/imports/samples', importFormData(file, options)),
  });
}

/** After a job ends: the recent list, and whatever the rows it wrote appear in. */
export function useRefreshAfterImport() {
  const queryClient = useQueryClient();
  return (job: { dryRun: boolean }) => {
    void queryClient.invalidateQueries({ queryKey: ['imports'] });
    if (!job.dryRun) {
      void queryClient.invalidateQueries({ queryKey: ['samples'] });
      void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
    }
  };
}
