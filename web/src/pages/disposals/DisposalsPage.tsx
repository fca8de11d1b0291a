/** /disposals (核查处置): filters in the URL; by default the disposals still to be worked, nearest deadline first. */
import { ListPage, useUrlList } from '../../components/ListPage';
import { disposalsMessages } from './messages';
import { disposalFilters } from './disposal-filters';
import { DisposalFilterBar } from './DisposalFilterBar';
import { DisposalTable } from './DisposalTable';
import { useDisposals, type DisposalRow } from './disposals-api';

export default function DisposalsPage() {
  const { state, update, clear, setPage } = useUrlList(disposalFilters);
  const list = useDisposals(state);

  return (
    <ListPage<DisposalRow>
      title={disposalsMessages.title}
      filterBar={<DisposalFilterBar filters={state} onChange={update} onClear={clear} />}
      list={list}
      page={state.page}
      pageSize={state.pageSize}
      onPage={setPage}
    >
      {(rows) => <DisposalTable items={rows.items} total={rows.total} loading={rows.loading} page={state.page} pageSize={state.pageSize} onPageChange={setPage} />}
    </ListPage>
  );
}
