// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Pivot, PivotCell } from './analytics-api';
import { PivotTable } from './PivotTable';

const cell = (samples: number, unqualified: number, small: boolean, href: string): PivotCell => ({
  samples,
  unqualified,
  issue: 0,
  rate: samples ? Math.round((unqualified / samples) * 10000) / 100 : 0,
  issueRate: 0,
  small,
  display: small ? `${unqualified}/${samples}` : `${((unqualified / samples) * 100).toFixed(2)}%`,
  href,
  unqualifiedHref: `${href}&conclusion=unqualified`,
  issueHref: `${href}&conclusion=issue`,
});

const pivot: Pivot = {
  rows: 'category',
  columns: 'link',
  rowLabel: '食品分类',
  columnLabel: '环节',
  from: '2026-01',
  to: '2026-12',
  categoryLevel: 1,
  smallThreshold: 20,
  columnKeys: [{ key: 'distribution', label: '流通' }],
  rowItems: [
    { key: 'c1', label: '糕点', total: cell(3, 1, true, '/samples?categoryRootId=c1'), cells: [cell(3, 1, true, '/samples?categoryRootId=c1&link=distribution')] },
    { key: 'c2', label: '食用农产品', total: cell(200, 5, false, '/samples?categoryRootId=c2'), cells: [cell(200, 5, false, '/samples?categoryRootId=c2&link=distribution')] },
  ],
  columnTotals: [cell(203, 6, false, '/samples?link=distribution')],
  total: cell(203, 6, false, '/samples?'),
};

describe('PivotTable', () => {
  it('shows a small denominator as counts with a tag, a large one as a rate, each linked to its samples', () => {
    const onDrill = vi.fn();
    render(
      <MemoryRouter>
        <PivotTable pivot={pivot} measure="unqualified" onDrill={onDrill} />
      </MemoryRouter>,
    );
    const small = screen.getByTestId('cell-0-0');
    expect(small.dataset.small).toBe('true');
    expect(within(small).getByText('1/3').getAttribute('href')).toBe('/samples?categoryRootId=c1&link=distribution&conclusion=unqualified');
    expect(within(small).getByText('样本少')).toBeTruthy();
    const large = screen.getByTestId('cell-1-0');
    expect(within(large).getByText('2.50%')).toBeTruthy();
    expect(screen.getByTestId('cell-1-0-samples').getAttribute('href')).toBe('/samples?categoryRootId=c2&link=distribution');
    screen.getAllByTestId('drill')[0].click();
    expect(onDrill).toHaveBeenCalledWith('c1', '糕点');
  });
});
