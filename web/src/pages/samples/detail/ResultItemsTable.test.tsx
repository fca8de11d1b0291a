// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test-utils';
import type { ResultItem } from '../samples-api';
import { ResultItemsTable } from './ResultItemsTable';

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
