/** 督办 (src/modules/escalations): the board, the list, one escalation with its why, every action, the rules. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';
import type { Link } from '../../lib/enums';

export type EscalationStatus = 'open' | 'reported' | 'closed' | 'withdrawn';
export type EscalationAction = 'report' | 'close' | 'return' | 'withdraw' | 'requestInspection' | 'interview' | 'openCase';
export type Decision = 'close' | 'return' | 'withdraw';
export type InspectionKind = 'flight' | 'system' | 'special';
export type InspectionConclusion = 'compliant' | 'defects' | 'violations';
/** V read in the legal text, S from a secondary source, U unverified (待核实). */
export type RuleLevel = 'V' | 'S' | 'U';

export interface EscalationRow {
  id: string;
  rule: string;
  ruleName: string;
  ruleLevel: RuleLevel;
  year: number;
  enterpriseId: string;
  enterpriseName: string;
  creditCode: string | null;
  /** The provincial division that supervises it. */
  ownerUnitId: string;
  ownerUnitName: string;
  /** The city bureau that carries it out. */
  assignedUnitId: string;
  assignedUnitName: string;
  status: EscalationStatus;
  countAtFiring: number;
  currentCount: number;
  threshold: number;
  belowThreshold: boolean;
  matchedByName: boolean;
  sampleNos: string[];
  firedAt: string;
  dueAt: string;
  overdue: boolean;
  provisional: boolean;
  report: string | null;
  reportedAt: string | null;
  closingNote: string | null;
  closedAt: string | null;
  withdrawReason: string | null;
  withdrawnAt: string | null;
  version: number;
}

export interface EscalationSample {
  sampleId: string;
  sampleNo: string;
  samplingDate: string;
  /** false once the result was overturned: it no longer counts towards the threshold. */
  counted: boolean;
  foodName: string;
  link: Link | null;
  conclusion: string;
  sampledPartyName: string;
  nominalProducerName: string | null;
  failedItems: string | null;
  disposalId: string | null;
  disposalStatus: string | null;
}

export interface Inspection {
  id: string;
  kind: InspectionKind;
  requestedByUnitId: string;
  inspectionUnitId: string;
  reason: string;
  dueOn: string | null;
  status: 'requested' | 'done';
  inspectedOn: string | null;
  inspectors: string | null;
  findings: string | null;
  conclusion: InspectionConclusion | null;
  createdAt: string;
  version: number;
  /** The user's unit is the centre asked to inspect, and it has not recorded findings yet. */
  mayRecord: boolean;
}

export interface Interview {
  id: string;
  unitId: string;
  heldOn: string;
  place: string | null;
  officials: string;
  attendees: string;
  reason: string;
  commitments: string;
  createdAt: string;
}

export interface LinkedCase {
  id: string;
  caseNo: string;
  title: string;
  stage: string;
  filedOn: string;
}

export interface EscalationDetail extends EscalationRow {
  ruleLegalBasis: string;
  ruleKind: 'batchesInYear' | 'consecutiveYears';
  ruleYears: number;
  enterpriseAddress: string | null;
  samples: EscalationSample[];
  inspections: Inspection[];
  interviews: Interview[];
  cases: LinkedCase[];
  actions: EscalationAction[];
}

export interface BoardCounts {
  active: number;
  open: number;
  reported: number;
  closed: number;
  withdrawn: number;
  overdue: number;
  dueSoon: number;
  belowThreshold: number;
}

export interface UnitBoardCounts extends BoardCounts {
  unitId: string;
  unitName: string;
}

export interface EscalationBoard {
  totals: BoardCounts;
  byCity: UnitBoardCounts[];
  byDivision: UnitBoardCounts[];
  byRule: (BoardCounts & { ruleId: string })[];
}

export interface EscalationRule {
  id: string;
  name: string;
  subject: string;
  kind: 'batchesInYear' | 'consecutiveYears';
  threshold: number;
  years: number;
  /** How "一年内" is read (batchesInYear rules), and that reading in words. */
  window: 'calendarYear' | 'rolling12Months';
  reading: string;
  /** The business of the division that owns the rule's escalations (production, distribution, …). */
  ownerBusiness: string;
  legalBasis: string;
  level: RuleLevel;
  enabled: boolean;
  version: number;
  updatedAt: string;
}

export interface RuleSetting {
  id: string;
  name: string;
  value: number;
  unit: string;
  legalBasis: string;
  level: RuleLevel;
  version: number;
  updatedAt: string;
}

export interface Recomputed {
  created: number;
  updated: number;
}

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
    queryFn: () => api.get<{ rules: EscalationRule[]; settings: RuleSetting[] }>('/api/escalation-rules'),
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
        api.patch<{ rule: EscalationRule; recomputed: Recomputed }>(`/api/escalation-rules/${encodeURIComponent(id)}`, change),
      onSettled: settle,
    }),
    editSetting: useMutation({
      mutationFn: ({ id, change }: { id: string; change: { version: number; value: number } }) => api.patch<RuleSetting>(`/api/rule-settings/${encodeURIComponent(id)}`, change),
      onSettled: settle,
    }),
    recompute: useMutation({ mutationFn: () => api.post<Recomputed & { ms: number }>('/api/escalations/recompute'), onSettled: settle }),
  };
}
