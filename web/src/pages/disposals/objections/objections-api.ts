/** 异议 and 复检 applications of a sample (src/modules/objections): list, apply, decide, conclude. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Application, ApplicationKind, SampleApplications } from '@contracts/objections';

/** Reply types come from the server's contracts (src/contracts/objections.ts). */
export type { Application, ApplicationKind, SampleApplications } from '@contracts/objections';

export interface ApplicationBody {
  applicant: string;
  windowStartOn: string;
  appliedOn: string;
  content: string;
  ground?: string;
  backupSampleExpired?: boolean;
}

export interface RetestItem {
  itemName: string;
  resultText: string;
  unit?: string | null;
  limitText?: string | null;
  standard?: string | null;
}

const byId = (id: string) => `/api/objections/${encodeURIComponent(id)}`;

export function useSampleApplications(sampleId: string) {
  return useQuery({
    queryKey: ['objections', sampleId],
    queryFn: () => api.get<SampleApplications>(`/api/samples/${encodeURIComponent(sampleId)}/objections`),
  });
}

/** A conclusion may void the disposal and change the sample: everything that shows them refreshes. */
export function useApplicationMutations(sampleId: string) {
  const queryClient = useQueryClient();
  const onSettled = () => {
    for (const queryKey of [['objections', sampleId], ['disposals'], ['samples'], ['work-items']]) void queryClient.invalidateQueries({ queryKey });
  };
  return {
    apply: useMutation({
      mutationFn: ({ kind, body }: { kind: ApplicationKind; body: ApplicationBody }) =>
        api.post<Application>(`/api/samples/${encodeURIComponent(sampleId)}/${kind === 'objection' ? 'objections' : 'retests'}`, body),
      onSettled,
    }),
    decide: useMutation({
      mutationFn: ({ app, accept, reason }: { app: Application; accept: boolean; reason?: string }) =>
        api.post<Application>(`${byId(app.id)}/decision`, { version: app.version, accept, reason }),
      onSettled,
    }),
    conclude: useMutation({
      mutationFn: ({ app, outcome, outcomeText, items }: { app: Application; outcome: string; outcomeText: string; items?: RetestItem[] }) =>
        api.post<Application>(`${byId(app.id)}/conclusion`, { version: app.version, outcome, outcomeText, items }),
      onSettled,
    }),
  };
}
