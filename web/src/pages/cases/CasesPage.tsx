/** /cases (稽查案件): filters in the URL, the server-paged list with overdue undecided cases first; 立案. */
import { Button, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DueText } from '../../components/DueText';
import { ListPage, useUrlList } from '../../components/ListPage';
import { useNow } from '../../lib/use-now';
import { casesMessages } from './messages';
import { caseFilters } from './case-filters';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseMarks, CaseStageTag } from './CaseStageTag';
import { useCases, type CaseRow } from './cases-api';
import { OpenCaseModal } from './OpenCaseModal';

const m = casesMessages;

export default function CasesPage() {
  const { state, update, clear, setPage } = useUrlList(caseFilters);
  const list = useCases(state);
  const [opening, setOpening] = useState(false);
  const now = useNow();
  const mayOpen = list.data?.actions.includes('create') ?? false;

  const columns: TableProps<CaseRow>['columns'] = [
    { title: m.colCaseNo, dataIndex: 'caseNo', width: 180, render: (no: string, c) => <Link to={`/cases/${c.id}`}>{no}</Link> },
    {
      title: m.colTitle,
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, c) => (
        <>
          <Typography.Text>{title}</Typography.Text>
          <CaseMarks major={c.major} crossRegion={c.crossRegion} transferred={c.transferred} review={c.legalReviewStatus} />
        </>
      ),
    },
    { title: m.colParty, dataIndex: 'partyName', width: 150, ellipsis: true },
    { title: m.colSource, dataIndex: 'sourceName', width: 84 },
    { title: m.colStage, dataIndex: 'stage', width: 84, render: (stage: string) => <CaseStageTag stage={stage} /> },
    { title: m.colOwnerUnit, dataIndex: 'ownerUnitName', width: 150, ellipsis: true },
    { title: m.colFiledOn, dataIndex: 'filedOn', width: 100 },
    {
      title: m.colDue,
      dataIndex: 'dueAt',
      width: 160,
      // The clock stops at the decision: after it the date alone.
      render: (dueAt: string, c) => <DueText dueAt={dueAt} overdue={c.overdue} provisional={c.provisional} active={c.remainingMs !== null} now={now} />,
    },
  ];

  return (
    <>
      <ListPage<CaseRow>
        title={m.title}
        extra={
          mayOpen && (
            <Button type="primary" onClick={() => setOpening(true)}>
              {m.create}
            </Button>
          )
        }
        filterBar={<CaseFilterBar filters={state} onChange={update} onClear={clear} />}
        list={list}
        page={state.page}
        pageSize={state.pageSize}
        onPage={setPage}
        table={{ columns, scroll: { x: 1100 }, emptyText: m.empty }}
      />
      {mayOpen && <OpenCaseModal open={opening} onClose={() => setOpening(false)} />}
    </>
  );
}
