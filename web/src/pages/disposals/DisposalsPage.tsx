/** /disposals (核查处置): filters in the URL; by default the disposals still to be worked, nearest deadline first. */
import { Card } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { disposalsMessages } from './messages';
import { disposalFilters, type DisposalFilters } from './disposal-filters';
import { DisposalFilterBar } from './DisposalFilterBar';
import { DisposalTable } from './DisposalTable';
import { useDisposals } from './disposals-api';

export default function DisposalsPage() {
  const [params, setParams] = useSearchParams();
  const state = disposalFilters.parse(params);
  const { data, error, isFetching, refetch } = useDisposals(state);
  const update = (changes: DisposalFilters) => setParams(disposalFilters.toParams({ ...state, ...changes, page: 1 }));

  return (
    <>
      <PageHeader title={disposalsMessages.title} />
      <Card>
        <DisposalFilterBar filters={state} onChange={update} onClear={() => setParams(new URLSearchParams())} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <DisposalTable
            items={data?.items ?? []}
            total={data?.total ?? 0}
            loading={isFetching}
            page={state.page}
            pageSize={state.pageSize}
            onPageChange={(page, pageSize) => setParams(disposalFilters.toParams({ ...state, page, pageSize }))}
          />
        )}
      </Card>
    </>
  );
}
