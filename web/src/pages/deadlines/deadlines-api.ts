/** Deadline rules, the calculator and the statutory calendar (src/modules/deadlines). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { DeadlineResult, DeadlineRuleRecord, DeadlineUnit, RulesReply } from '@contracts/deadlines';

/** Reply types come from the server's contracts (src/contracts/deadlines.ts). */
export type { CalendarYear, DeadlineResult, DeadlineRule, DeadlineRuleRecord, DeadlineUnit, RulesReply } from '@contracts/deadlines';

export interface RuleChange {
  version: number;
  amount?: number;
  unit?: DeadlineUnit;
  legalBasis?: string;
  level?: 'V' | 'S' | 'U';
}

export interface CalendarYearBody {
  holidays: { date: string; name: string }[];
  workdays: { date: string; name: string }[];
  note?: string;
}

export function useDeadlineRules() {
  return useQuery({ queryKey: ['deadline-rules'], queryFn: () => api.get<RulesReply>('/api/deadline-rules'), staleTime: 60_000 });
}

export function computeDeadline(rule: string, from: string) {
  return api.get<DeadlineResult>('/api/deadlines', { rule, from });
}

export function useDeadlineMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: ['deadline-rules'] });
  return {
    editRule: useMutation({ mutationFn: ({ id, change }: { id: string; change: RuleChange }) => api.patch<DeadlineRuleRecord>(`/api/deadline-rules/${encodeURIComponent(id)}`, change), onSettled }),
    enterYear: useMutation({ mutationFn: ({ year, body }: { year: number; body: CalendarYearBody }) => api.put(`/api/calendar-years/${year}`, body), onSettled }),
  };
}
