/** 督办 (src/modules/escalations): the board, the list, one escalation with its why, every action, the rules. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';
import type {
  EditedRule,
  EscalationBoard,
  EscalationDetail,
  EscalationRow,
  EscalationRules,
  Inspection,
  InspectionConclusion,
  InspectionKind,
  RecomputeReply,
  RuleSetting,
} from '@contracts/escalations';

/** Reply types come from the server's contracts (src/contracts/escalations.ts). */
export type {
  BoardCounts,
  EscalationBoard,
  EscalationDetail,
  EscalationRow,
  EscalationRule,
  EscalationSample,
  EscalationStatus,
  Inspection,
  InspectionConclusion,
  InspectionKind,
  Interview,
  LinkedCase,
  Recomputed,
  RuleLevel,
  RuleSetting,
  UnitBoardCounts,
} from '@contracts/escalations';

export type Decision = 'close' | 'return' | 'withdraw';

const path = (id: string) => `/api/escalations/${encodeURIComponent(id)}`;

export function useEscalations(query: QueryParams) {
  return useQuery({
    queryKey: ['escalations', 'list', query],
    queryFn: () => api.getList<EscalationRow>('/api/escalations', query),
    placeholderData: keepPreviousData,
  });
}

export function useEscalationBoard(query: QueryParams) {
  return useQuery({
    queryKey: ['escalations', 'board', query],
    queryFn: () => api.get<EscalationBoard>('/api/escalations/board', query),
    placeholderData: keepPreviousData,
  });
}

export function useEscalation(id: string) {
  return useQuery({ queryKey: ['escalations', 'detail', id], queryFn: () => api.get<EscalationDetail>(path(id)) });
}

export function useEscalationRules() {
  return useQuery({
    queryKey: ['escalation-rules'],
    queryFn: () => api.get<EscalationRules>('/api/escalation-rules'),
    staleTime: 60_000,
  });
}

/**
 * Every change to an escalation. Each settles by refreshing the escalations (and the inbox they
 * feed): after a version conflict the page must show what is there now.
 */
export function useEscalationMutations(id: string) {
  const queryClient = useQueryClient();
  const settle = () => {
    void queryClient.invalidateQueries({ queryKey: ['escalations'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
  };
  const mutation = <V,>(fn: (v: V) => Promise<unknown>) => ({ mutationFn: fn, onSettled: settle });
  return {
    report: useMutation(mutation((body: { version: number; report: string }) => api.post(`${path(id)}/report`, body))),
    decide: useMutation(mutation((body: { version: number; decision: Decision; note: string }) => api.post(`${path(id)}/decision`, body))),
    requestInspection: useMutation(mutation((body: { kind: InspectionKind; reason: string }) => api.post(`${path(id)}/inspections`, body))),
    recordFindings: useMutation(
      mutation(({ inspection, ...body }: { inspection: Inspection; inspectedOn: string; inspectors: string; findings: string; conclusion: InspectionConclusion }) =>
        api.post(`/api/inspections/${encodeURIComponent(inspection.id)}/findings`, { version: inspection.version, ...body }),
      ),
    ),
    recordInterview: useMutation(
      mutation((body: { heldOn: string; place?: string; officials: string; attendees: string; reason: string; commitments: string }) =>
        api.post('/api/interviews', { escalationId: id, ...body }),
      ),
    ),
  };
}

/** Rule edits recompute every escalation on the server, so the escalation lists refresh too. */
export function useEscalationRuleMutations() {
  const queryClient = useQueryClient();
  const settle = () => {
    void queryClient.invalidateQueries({ queryKey: ['escalation-rules'] });
    void queryClient.invalidateQueries({ queryKey: ['escalations'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
  };
  return {
    editRule: useMutation({
      mutationFn: ({ id, change }: { id: string; change: { version: number; threshold?: number; years?: number; window?: 'calendarYear' | 'rolling12Months'; enabled?: boolean } }) =>
        api.patch<EditedRule>(`/api/escalation-rules/${encodeURIComponent(id)}`, change),
      onSettled: settle,
    }),
    editSetting: useMutation({
      mutationFn: ({ id, change }: { id: string; change: { version: number; value: number } }) => api.patch<RuleSetting>(`/api/rule-settings/${encodeURIComponent(id)}`, change),
      onSettled: settle,
    }),
    recompute: useMutation({ mutationFn: () => api.post<RecomputeReply>('/api/escalations/recompute'), onSettled: settle }),
  };
}
