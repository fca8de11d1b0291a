/** The ledger (src/modules/ledger): rows with the five in place, the summary, counts per unit, the export. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../api/client';
import type { ByUnitReply, FiveKind, LedgerPage } from '@contracts/ledger';

/** Reply types come from the server's contracts (src/contracts/ledger.ts). */
export type { ByUnitReply, FiveKind, LedgerPage, LedgerRow, LedgerSummary, StepState, UnitCounts } from '@contracts/ledger';

/** The five in place, in the ledger's column order (type-checked against the contract's). */
export const fiveKinds = ['riskControl', 'causeInvestigation', 'rectification', 'penalty', 'disclosure'] as const satisfies readonly FiveKind[];

export function useLedger(query: QueryParams) {
  return useQuery({ queryKey: ['ledger', query], queryFn: () => api.get<LedgerPage>('/api/ledger', query), placeholderData: keepPreviousData });
}

export function useLedgerByUnit(query: QueryParams) {
  return useQuery({ queryKey: ['ledger', 'by-unit', query], queryFn: () => api.get<ByUnitReply>('/api/ledger/by-unit', query), placeholderData: keepPreviousData });
}
