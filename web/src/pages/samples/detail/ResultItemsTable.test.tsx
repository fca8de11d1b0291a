// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test-utils';
import type { ResultItem, ResultSet } from '../samples-api';
import { ResultItemsTable } from './ResultItemsTable';
import { ResultSetList } from './ResultSetList';

const item = (overrides: Partial<ResultItem>): ResultItem => ({
  id: 'i1',
  itemName: '菌落总数',
  resultText: '5.0×10⁴,2.0×10⁴,1.1×10⁴,5000,800',
  subResults: null,
  unit: 'CFU/g',
  limitText: 'n=5, c=2, m=10000, M=100000',
  samplingPlan: null,
  standard: 'GB 7099-2015',
  judgement: 'unqualified',
  microbiological: true,
  ...overrides,
});

describe('ResultItemsTable', () => {
  it('shows the n results of a sampling plan and marks the limit as the plan', async () => {
    renderPage(
      <ResultItemsTable
        items={[
          item({ subResults: ['5.0×10⁴', '2.0×10⁴', '1.1×10⁴', '5000', '800'], samplingPlan: { n: 5, c: 2, m: 10000, M: 100000 } }),
          item({ id: 'i2', itemName: '游离性余氯', resultText: '0.54', unit: 'mg/100cm²', limitText: '≤0.03', microbiological: false }),
        ]}
      />,
    );
    const plan = (await screen.findByText('5.0×10⁴、2.0×10⁴、1.1×10⁴、5000、800')).closest('tr')!;
    expect(within(plan).getByText('5 个结果')).toBeTruthy();
    expect(within(plan).getByText('采样方案')).toBeTruthy();
    expect(within(plan).getByText('n=5, c=2, m=10000, M=100000')).toBeTruthy();
    const single = screen.getByText('游离性余氯').closest('tr')!;
    expect(within(single).getByText('0.54')).toBeTruthy();
    expect(within(single).getByText('mg/100cm²')).toBeTruthy();
    expect(within(single).queryByText('采样方案')).toBeNull();
  });
});

describe('ResultSetList', () => {
  const set = (overrides: Partial<ResultSet>): ResultSet => ({ kind: 'initial', effective: true, objectionId: null, retestLab: null, concludedAt: null, items: [], ...overrides });
  const additive = (id: string, resultText: string, judgement: ResultItem['judgement']) =>
    item({ id, itemName: '脱氢乙酸', resultText, unit: 'g/kg', limitText: '≤0.5', standard: 'GB 2760-2024', judgement, microbiological: false });

  it('after a retest shows the first result (初检结果) beside the retest result (复检结果), and which one the conclusion goes by', async () => {
    renderPage(
      <ResultSetList
        sets={[
          set({ effective: false, items: [additive('i1', '0.9', 'unqualified')] }),
          set({ kind: 'retest', objectionId: 'o1', retestLab: '四川省食品药品检验检测院', concludedAt: '2026-11-30T02:00:00Z', items: [additive('i2', '0.31', 'qualified')] }),
        ]}
      />,
    );
    const initial = await screen.findByRole('region', { name: '初检结果' });
    expect(within(initial).getByText('已由复检结果取代')).toBeTruthy();
    expect(within(within(initial).getByText('0.9').closest('tr')!).getByText('不合格')).toBeTruthy();
    const retest = screen.getByRole('region', { name: '复检结果' });
    expect(within(retest).getByText('现行结论依据')).toBeTruthy();
    expect(within(retest).getByText('复检机构：四川省食品药品检验检测院，结论登记于 2026-11-30 10:00')).toBeTruthy();
    expect(within(within(retest).getByText('0.31').closest('tr')!).getByText('合格')).toBeTruthy();
  });

  it('shows a single set as one table, without set labels', async () => {
    renderPage(<ResultSetList sets={[set({ items: [additive('i1', '0.9', 'unqualified')] })]} />);
    expect(await screen.findByText('0.9')).toBeTruthy();
    expect(screen.queryByText('初检结果')).toBeNull();
    expect(screen.queryByText('复检结果')).toBeNull();
  });
});
