/** 异议 and 复检 applications of a sample (src/modules/objections): list, apply, decide, conclude. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

export type ApplicationKind = 'objection' | 'retest';

export interface Application {
  id: string;
  sampleId: string;
  kind: ApplicationKind;
  kindName: string;
  ground: string | null;
  groundName: string | null;
  applicant: string;
  windowStartOn: string;
  appliedOn: string;
  content: string;
  status: 'pending' | 'accepted' | 'rejected' | 'concluded';
  statusName: string;
  decisionReason: string | null;
  /** Late only by a provisional calendar: why an officer must decide (never refused automatically). */
  windowReviewReason: string | null;
  decidedAt: string | null;
  labDraw: { candidates: { id: string; name: string }[]; pickedName: string; random: string } | null;
  outcome: 'upheld' | 'overturned' | null;
  outcomeName: string | null;
  outcomeText: string | null;
  concludedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  version: number;
  actions: ('accept' | 'reject' | 'conclude')[];
}

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

/** What the user may file on the sample (the server decides: a failed result, objection.write). */
export type SampleApplicationAction = 'applyObjection' | 'applyRetest';

export function useSampleApplications(sampleId: string) {
  return useQuery({
    queryKey: ['objections', sampleId],
    queryFn: () => api.get<{ items: Application[]; actions: SampleApplicationAction[] }>(`/api/samples/${encodeURIComponent(sampleId)}/objections`),
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
