/** /samples (抽检数据): filters in the URL, the server-paged list, export and 新建抽样. */
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCapability } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { messages } from '../../messages';
import { samplesMessages } from './messages';
import { SampleFormDrawer } from './form/SampleFormDrawer';
import { SampleFilterBar } from './SampleFilterBar';
import { sampleFilters, type SampleFilters } from './sample-filters';
import { useSamples } from './samples-api';
import { SampleTable } from './SampleTable';

const m = samplesMessages;

export default function SamplesPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const state = sampleFilters.parse(params);
  const { data, error, isFetching, refetch } = useSamples(state);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const mayCreate = useCapability('samples.create');
  const mayExport = useCapability('samples.export');

  const update = (changes: SampleFilters) => setParams(sampleFilters.toParams({ ...state, ...changes, page: 1 }));
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
      <PageHeader
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
      />
      <Card>
        <SampleFilterBar filters={state} onChange={update} onClear={() => setParams(new URLSearchParams())} />
        {error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <SampleTable
            items={data?.items ?? []}
            total={data?.total ?? 0}
            totalCapped={data?.totalCapped ?? false}
            loading={isFetching}
            page={state.page}
            pageSize={state.pageSize}
            onPageChange={(page, pageSize) =>
              setParams(sampleFilters.toParams({ ...state, page, pageSize }))
            }
          />
        )}
      </Card>
      {mayCreate && <SampleFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
