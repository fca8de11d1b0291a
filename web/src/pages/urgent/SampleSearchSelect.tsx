/** Find a sample by number, food or enterprise (GET /api/samples?q=), as you type. */
import { RemoteSearchSelect, type RemoteSearchSelectProps } from '../../components/RemoteSearchSelect';
import type { SampleRow } from '../samples/samples-api';

const QUERY_KEY = ['samples', 'search'] as const;

export function SampleSearchSelect(props: RemoteSearchSelectProps) {
  return (
    <RemoteSearchSelect<SampleRow>
      {...props}
      path="/api/samples"
      queryKey={QUERY_KEY}
      label={(s) => `${s.sampleNo} ${s.foodName}（${s.sampledPartyName}）`}
    />
  );
}
