/** /opinion (舆情事件): the register with filters by level, state and source in the URL; 登记 for its keepers. */
import { Button, Flex, Input, Select, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCapability } from '../../auth/session';
import { ListPage, useUrlList } from '../../components/ListPage';
import { optionsOf } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { defineUrlFilters } from '../../lib/url-filters';
import { EventFormDrawer } from './EventFormDrawer';
import { opinionMessages as m } from './messages';
import { useOpinionEvents, type OpinionEventRow } from './opinion-api';

const filters = defineUrlFilters({
  q: 'text',
  level: Object.keys(m.levels),
  status: Object.keys(m.statuses),
  source: Object.keys(m.sources),
} as const);

export const levelColors: Record<string, string> = { general: 'default', significant: 'orange', major: 'red' };

export function LevelTag({ level, name }: { level: string; name: string }) {
  return <Tag color={levelColors[level]}>{name}</Tag>;
}

export default function OpinionEventsPage() {
  const { state, update, clear, setPage } = useUrlList(filters);
  const list = useOpinionEvents(state);
  const mayRecord = useCapability('opinion.record');
  const [creating, setCreating] = useState(false);

  const columns: TableProps<OpinionEventRow>['columns'] = [
    { title: m.colTitle, dataIndex: 'title', ellipsis: true, render: (title: string, e) => <Link to={`/opinion/${e.id}`}>{title}</Link> },
    { title: m.colLevel, dataIndex: 'level', width: 80, render: (_: string, e) => <LevelTag level={e.level} name={e.levelName} /> },
    { title: m.colSource, dataIndex: 'sourceName', width: 120 },
    { title: m.colFirstSeen, dataIndex: 'firstSeenAt', width: 150, render: (t: string) => formatDateTime(t) },
    { title: m.colStatus, dataIndex: 'statusName', width: 90, render: (name: string, e) => <Tag color={e.status === 'open' ? 'processing' : 'success'}>{name}</Tag> },
    { title: m.colOwner, dataIndex: 'ownerUnitName', width: 150, ellipsis: true },
    { title: m.colRegion, dataIndex: 'regionName', width: 150, ellipsis: true, render: (name: string | null) => name ?? '—' },
    { title: m.colResponses, dataIndex: 'responseCount', width: 90, align: 'right' },
  ];

  return (
    <>
      <ListPage<OpinionEventRow>
        title={m.title}
        extra={
          mayRecord && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {m.create}
            </Button>
          )
        }
        filterBar={
          <Flex gap={8} wrap>
            <Input.Search allowClear placeholder={m.filterQ} defaultValue={state.q} onSearch={(q) => update({ q })} style={{ width: 240 }} aria-label={m.filterQ} />
            <Select allowClear placeholder={m.filterLevel} aria-label={m.filterLevel} value={state.level} onChange={(level) => update({ level })} options={optionsOf(m.levels)} style={{ width: 120 }} />
            <Select allowClear placeholder={m.filterStatus} aria-label={m.filterStatus} value={state.status} onChange={(status) => update({ status })} options={optionsOf(m.statuses)} style={{ width: 120 }} />
            <Select allowClear placeholder={m.filterSource} aria-label={m.filterSource} value={state.source} onChange={(source) => update({ source })} options={optionsOf(m.sources)} style={{ width: 150 }} />
            <Button onClick={clear}>{m.clear}</Button>
          </Flex>
        }
        list={list}
        page={state.page}
        pageSize={state.pageSize}
        onPage={setPage}
        table={{ columns, rowKey: 'id', scroll: { x: 1000 }, emptyText: m.empty }}
      />
      {mayRecord && <EventFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
