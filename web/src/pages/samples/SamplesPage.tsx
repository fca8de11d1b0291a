/** /samples (抽检数据): filters in the URL, the server-paged list, export and 新建抽样. */
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useCapability } from '../../auth/session';
import { ListPage, useUrlList } from '../../components/ListPage';
import { messages } from '../../messages';
import { samplesMessages } from './messages';
import { SampleFormDrawer } from './form/SampleFormDrawer';
import { SampleFilterBar } from './SampleFilterBar';
import { sampleFilters } from './sample-filters';
import { useSamples, type SampleRow } from './samples-api';
import { SampleTable } from './SampleTable';

const m = samplesMessages;

export default function SamplesPage() {
  const { message } = App.useApp();
  const { state, update, clear, setPage } = useUrlList(sampleFilters);
  const list = useSamples(state);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const mayCreate = useCapability('samples.create');
  const mayExport = useCapability('samples.export');

  const onExport = async () => {
    setExporting(true);
    try {
      await api.download('/api/samples/export.xlsx', sampleFilters.filtersOnly(state), `${m.title}.xlsx`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : messages.common.downloadFailed);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <ListPage<SampleRow>
        title={m.title}
        extra={
          <Space>
            {mayExport && (
              <Button onClick={() => void onExport()} loading={exporting}>
                {exporting ? m.exporting : m.export}
              </Button>
            )}
            {mayCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {m.create}
              </Button>
            )}
          </Space>
        }
        filterBar={<SampleFilterBar filters={state} onChange={update} onClear={clear} />}
        list={list}
        page={state.page}
        pageSize={state.pageSize}
        onPage={setPage}
      >
        {(rows) => <SampleTable {...rows} page={state.page} pageSize={state.pageSize} onPageChange={setPage} />}
      </ListPage>
      {mayCreate && <SampleFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
