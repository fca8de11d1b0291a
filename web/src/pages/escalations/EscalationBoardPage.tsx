/**
 * /escalations (督办): the board of the escalations the user may read — the figures, active and
 * overdue per bureau, the breakdown by rule — then the filtered, server-paged list. Filters live
 * in the URL; the rule, year and division chosen there also drive the board's figures.
 */
import { Card, Col, Flex, Row } from 'antd';
import { useMemo } from 'react';
import { useOrgUnits } from '../../api/org';
import { useMe } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { escalationsMessages } from './messages';
import { useUrlList } from '../../components/ListPage';
import { escalationFilters } from './escalation-filters';
import { boardQuery, listQuery, ownerDivisions, pickRuleFilters } from './escalation-format';
import { EscalationCityChart } from './EscalationCityChart';
import { EscalationFilterBar } from './EscalationFilterBar';
import { EscalationRuleBreakdown } from './EscalationRuleBreakdown';
import { useEscalationBoard, useEscalationRules, useEscalations } from './escalations-api';
import { EscalationSummaryCards } from './EscalationSummaryCards';
import { EscalationTable } from './EscalationTable';

const m = escalationsMessages;
/** Units above the divisions' line of work: they may look at one division's escalations at a time. */
const PROVINCIAL = ['province_bureau', 'division', 'affiliated_unit'];

export default function EscalationBoardPage() {
  const { data: me } = useMe();
  const { state, update, clear, setPage } = useUrlList(escalationFilters);
  const list = useEscalations(listQuery(state));
  const board = useEscalationBoard(boardQuery(state));
  const { data: rulesReply } = useEscalationRules();
  const { data: units } = useOrgUnits();
  const rules = useMemo(() => rulesReply?.rules ?? [], [rulesReply]);
  const divisions = useMemo(() => ownerDivisions(rules, units ?? []), [rules, units]);

  // A division reads only its own escalations: the filter is for those who see several.
  const seesSeveral = (board.data?.byDivision.length ?? 0) > 1 || Boolean(state.ownerUnitId);
  const offerDivisions = PROVINCIAL.includes(me?.unit.kind ?? '') && seesSeveral;

  return (
    <>
      <PageHeader title={m.title} />
      <Flex vertical gap={16}>
        {board.error && !board.data ? (
          <QueryError error={board.error} onRetry={() => void board.refetch()} />
        ) : (
          <>
            <EscalationSummaryCards totals={board.data?.totals} loading={board.isPending} onFilter={update} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={13}>
                <EscalationCityChart items={board.data?.byCity} loading={board.isPending} />
              </Col>
              <Col xs={24} xl={11}>
                <EscalationRuleBreakdown byRule={board.data?.byRule} rules={rules} ruleId={state.ruleId} loading={board.isPending} onPick={(ruleId) => update(pickRuleFilters(ruleId))} />
              </Col>
            </Row>
          </>
        )}
        <Card>
          <EscalationFilterBar
            filters={state}
            rules={rules}
            divisions={offerDivisions ? divisions : null}
            onChange={update}
            onClear={clear}
          />
          {list.error && !list.data ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <EscalationTable
              items={list.data?.items ?? []}
              total={list.data?.total ?? 0}
              loading={list.isFetching}
              page={state.page}
              pageSize={state.pageSize}
              onPageChange={setPage}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
