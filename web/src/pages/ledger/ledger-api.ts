/** The ledger (src/modules/ledger): rows with the five in place, the summary, counts per unit, the export. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';
import type { Link } from '../../lib/enums';

export interface StepState {
  status: 'done' | 'pending';
  doneOn: string | null;
}

export const fiveKinds = ['riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure'] as const;
export type FiveKind = (typeof fiveKinds)[number];

export interface LedgerRow extends Record<FiveKind, StepState> {
  disposalId: string;
  sampleNo: string;
  foodName: string;
  sampledPartyName: string;
  nominalProducerName: string | null;
  failedItems: string | null;
  link: Link | null;
  ownerUnitId: string;
  ownerUnitName: string;
  openedAt: string;
  dueAt: string;
  status: string;
  statusName: string;
  overdue: boolean;
  notice: StepState;
  fiveInPlace: boolean;
  penaltyCaseNo: string | null;
  remarks: string | null;
}

export interface LedgerSummary {
  disposals: number;
  closed: number;
  overdue: number;
  fiveInPlaceComplete: number;
  byStep: Record<FiveKind, number>;
}

export interface LedgerPage {
  items: LedgerRow[];
  total: number;
  summary: LedgerSummary;
}

export interface UnitCounts {
  unitId: string;
  unitName: string;
  kind: string;
  total: number;
  closed: number;
  overdue: number;
  fiveInPlaceComplete: number;
}

export interface ByUnitReply {
  unit: { id: string; name: string };
  items: UnitCounts[];
}

export function useLedger(query: QueryParams) {
  return useQuery({ queryKey: ['ledger', query], queryFn: () => api.get<LedgerPage>('/api/ledger', query), placeholderData: keepPreviousData });
}

export function useLedgerByUnit(query: QueryParams) {
  return useQuery({ queryKey: ['ledger', 'by-unit', query], queryFn: () => api.get<ByUnitReply>('/api/ledger/by-unit', query), placeholderData: keepPreviousData });
}
