/** Find a decided case by number, 案由 or party (GET /api/cases?q=), as you type: the penalty decision a listing rests on. */
import { RemoteSearchSelect, type RemoteSearchSelectProps } from '../../components/RemoteSearchSelect';
import type { CaseRow } from '../cases/cases-api';

const DECIDED = ['decision', 'execution', 'closed'];
const QUERY_KEY = ['cases', 'search'] as const;

export function CaseSearchSelect(props: RemoteSearchSelectProps) {
  return (
    <RemoteSearchSelect<CaseRow>
      {...props}
      path="/api/cases"
      queryKey={QUERY_KEY}
      keep={(c) => DECIDED.includes(c.stage)}
      label={(c) => `${c.caseNo}（${c.partyName}）`}
    />
  );
}
