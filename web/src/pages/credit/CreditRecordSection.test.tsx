// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderPage } from '../../test-utils';
import { enterprisesMessages } from '../enterprises/messages';
import { CreditRecordSection } from './CreditRecordSection';

// jsdom has no canvas: the chart is checked in Chromium, here only what it is asked to draw.
vi.mock('../../components/BarChart', () => ({
  default: ({ categories, series }: { categories: string[]; series: { name: string; data: number[] }[] }) => (
    <div data-testid="chart">{`${categories.join(',')}|${series.map((s) => `${s.name}:${s.data.join(',')}`).join('|')}`}</div>
  ),
}));

const entry = (over: Record<string, unknown>) => ({ status: null, statusName: null, link: null, detail: '', ...over });
const record = {
  enterprise: { id: 'e1', name: '成都市武侯区诚信食品店', creditCode: '91510107MA6000101X', ownerUnitName: '成都市武侯区市场监督管理局' },
  dishonestListing: { entryId: 'd1', listedOn: '2020-09-01' },
  summary: { unqualified: 1, overturned: 1, penalties: 1, interviews: 0, escalations: 0 },
  entries: [
    entry({ id: 'dishonest:d1', at: '2020-09-01', kind: 'dishonest', kindName: '严重违法失信', title: '列入严重违法失信名单（川市监信〔2020〕3号）', recordId: 'd1', status: 'listed', statusName: '在列', link: '/credit?tab=dishonest&q=x' }),
    entry({ id: 'overturned:s2', at: '2020-06-01', kind: 'overturned', kindName: '不合格结论已推翻', title: '异议推翻原不合格检验结论：蛋黄酥', recordId: 's2', link: '/samples/s2' }),
    entry({ id: 'penalty:c1', at: '2020-05-20', kind: 'penalty', kindName: '行政处罚', title: '行政处罚：武市监罚〔2020〕15号', detail: '处罚内容：罚款5000元', recordId: 'c1', link: '/cases/c1' }),
    entry({ id: 'unqualified:s1', at: '2020-03-02', kind: 'unqualified', kindName: '抽检不合格', title: '监督抽检不合格：蛋黄酥', recordId: 's1', link: '/samples/s1' }),
  ],
  history: [
    { year: 2019, sampled: 1, unqualified: 0, overturned: 0 },
    { year: 2020, sampled: 2, unqualified: 1, overturned: 1 },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('CreditRecordSection', () => {
  it('draws sampled, unqualified and overturned per year', async () => {
    mockFetch((key) => (key === 'GET /api/enterprises/e1/credit-record' ? jsonResponse(record) : jsonResponse({}, 404)));
    renderPage(<CreditRecordSection enterpriseId="e1" samplesLink="/samples?enterpriseId=e1" />);
    expect((await screen.findByTestId('chart')).textContent).toBe('2019年,2020年|抽检批次:1,2|不合格:0,1|不合格已推翻:0,1');
  });

  it('lists the entries newest first with their kind, date and a link to each record', async () => {
    mockFetch(() => jsonResponse(record));
    renderPage(<CreditRecordSection enterpriseId="e1" samplesLink="/samples?enterpriseId=e1" />);
    const penalty = await screen.findByRole('link', { name: '行政处罚：武市监罚〔2020〕15号' });
    expect(penalty.getAttribute('href')).toBe('/cases/c1');
    expect(screen.getByRole('link', { name: '监督抽检不合格：蛋黄酥' }).getAttribute('href')).toBe('/samples/s1');
    const titles = screen.getAllByRole('link').map((a) => a.textContent).filter((t) => t !== enterprisesMessages.viewSamples);
    expect(titles).toEqual(['列入严重违法失信名单（川市监信〔2020〕3号）', '异议推翻原不合格检验结论：蛋黄酥', '行政处罚：武市监罚〔2020〕15号', '监督抽检不合格：蛋黄酥']);
    const item = penalty.closest('.ant-timeline-item, li') as HTMLElement;
    expect(within(item).getByText('行政处罚')).toBeTruthy();
    expect(within(item).getByText('2020-05-20')).toBeTruthy();
    expect(within(item).getByText('处罚内容：罚款5000元')).toBeTruthy();
  });

  it('says when the enterprise is on the dishonest list now, and sums the record up', async () => {
    mockFetch(() => jsonResponse(record));
    renderPage(<CreditRecordSection enterpriseId="e1" samplesLink="/samples?enterpriseId=e1" />);
    expect(await screen.findByText('2020-09-01起列入严重违法失信名单')).toBeTruthy();
    expect(screen.getByText('抽检不合格 1 批次（另有 1 批次经复检、异议推翻），行政处罚 1 次，约谈 0 次，督办 0 次')).toBeTruthy();
  });

  it('shows an empty record as such', async () => {
    mockFetch(() => jsonResponse({ ...record, dishonestListing: null, entries: [], history: [] }));
    renderPage(<CreditRecordSection enterpriseId="e1" samplesLink="/samples?enterpriseId=e1" />);
    expect(await screen.findByText('暂无信用记录')).toBeTruthy();
    expect(screen.queryByText(/起列入严重违法失信名单/)).toBeNull();
  });
});
