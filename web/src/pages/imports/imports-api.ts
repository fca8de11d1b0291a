/** Sample imports (src/modules/imports): upload, job status with its summary, recent jobs. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import type { JobStatus } from '../../api/types';
import type { Link, SamplingType } from '../../lib/enums';

export type ImportFormat = 'auto' | 'provincial' | 'national' | 'template';

export interface ImportError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportSummary {
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Samples kept out of the province's records (taken elsewhere, producer not in Sichuan), per reason. */
  skipped?: number;
  skippedReasons?: Record<string, number>;
  needsReview: number;
  /** 核查处置 opened for unqualified results, and voided for results no longer unqualified. */
  disposalsOpened?: number;
  escalationsCreated?: number;
  disposalsVoided?: number;
  /** Work items sent to owner bureaus to record a missing accompanying officer (art. 23). */
  officerItemsOpened?: number;
  linkItemsOpened?: number;
  samplingDateItemsOpened?: number;
  /** Rows whose outcome is committed, up to the last batch written. */
  rowsDone?: number;
  dryRun: boolean;
  layout: string | null;
  sheetName: string | null;
  headerRow: number | null;
  /** Our field → the file's header. */
  mapping: Record<string, string>;
  unmapped: string[];
  /** 中文字段 → rows where it was inferred. */
  inferred: Record<string, number>;
  /** Absent from the recent-jobs list. */
  errors?: ImportError[];
  errorsTruncated: boolean;
}

export interface ImportJob extends JobStatus {
  id: string;
  fileName: string;
  dryRun: boolean;
  summary: ImportSummary | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

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
    queryFn: () => api.get<{ items: ImportJob[] }>('/api/imports'),
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
  return (job: ImportJob) => {
    void queryClient.invalidateQueries({ queryKey: ['imports'] });
    if (!job.dryRun) {
      void queryClient.invalidateQueries({ queryKey: ['samples'] });
      void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
    }
  };
}
