/**
 * The 321 journey in a real Chromium: 武侯区局 records this month's risk meeting with a
 * tracking-sampling follow-up (跟踪抽检) for 抽检监测处; the meeting's page says the suggestion was
 * filed; 抽检监测处 finds the suggestion on the plans page; the completeness matrix shows the
 * county as held. Screenshots land in test-results/screens/risk-meeting-*.png.
 */

import { expect, it } from 'vitest';
import { describeBrowser, login, opened, pickOption, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;
const FOLLOW_UP = '对辖区农贸市场芹菜开展跟踪抽检（浏览器测试）';

/** Today in Shanghai. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describeBrowser('a county records a 321 meeting; 抽检监测处 sees its tracking-sampling suggestion', () => {
  const journey = useJourney('risk-meeting');
  const freshPage = () => journey.freshPage();

  it('武侯区局 records a meeting with a tracking-sampling follow-up', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'county-510107');
    await page.getByRole('menuitem', { name: '风险研判' }).click();
    await page.getByRole('heading', { name: '风险研判', exact: true }).waitFor();
    await page.getByRole('button', { name: '登记研判活动' }).click();
    const drawer = await opened(page.getByRole('dialog', { name: '登记风险研判活动' }));
    await drawer.getByLabel('研判情况').fill('本月农贸市场芹菜毒死蜱问题突出，投诉举报增多。');
    await drawer.getByRole('button', { name: '添加措施' }).click();
    const row = drawer.getByTestId('follow-up');
    const items = row.getByRole('combobox', { name: '建议检验项目（输入后回车）' });
    await pickOption(page, row.getByRole('combobox', { name: '措施类型' }), '建议跟踪抽检', items);
    await row.getByLabel('措施内容').fill(FOLLOW_UP);
    // A click on the tree's node while the filtered tree re-renders chooses nothing (CI, loaded): picked on state.
    const owner = row.getByRole('combobox', { name: '责任单位' });
    await pickOption(page, owner, '食品安全抽检监测处', row.getByTitle('食品安全抽检监测处', { exact: true }), { search: '食品安全抽检监测处' });
    await row.getByLabel('完成期限').click();
    await row.getByLabel('完成期限').fill(today());
    await row.getByLabel('完成期限').press('Enter');
    await items.fill('毒死蜱');
    await items.press('Enter');
    await screenshot(page, 'risk-meeting-01-form', { fullPage: false });
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: /武侯区.*食品安全风险研判/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/risk-meetings\/[0-9a-f-]{36}$/);
    await page.getByText('已提交抽检建议').waitFor();
    await page.getByText(FOLLOW_UP).waitFor();
    await screenshot(page, 'risk-meeting-02-detail');
  });

  it('抽检监测处 sees the suggestion on the plans page', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'div-sampling');
    await page.goto(`${journey.server.baseUrl}/plans?tab=suggestions`);
    await page.getByText(`跟踪抽检建议：${FOLLOW_UP}`).waitFor();
    await screenshot(page, 'risk-meeting-03-suggestion');
  });

  it('the leader sees the completeness matrix with the county held this month', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'leader');
    await page.goto(`${journey.server.baseUrl}/risk-meetings?tab=compliance`);
    const row = page.getByRole('row', { name: /武侯区/ });
    await row.waitFor();
    const month = Number(today().slice(5, 7));
    const cell = row.getByRole('cell').nth(month);
    await expect.poll(() => cell.locator('[data-status]').getAttribute('data-status'), { timeout: 60_000 }).toBe('held');
    await screenshot(page, 'risk-meeting-04-compliance');
  });

  it('the leader’s province view coloured by 321 完成率 shows 成都’s figure, and 武侯区’s status after drilling in', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'leader');
    // The indicator judges the latest ended period of each level: the figures the compliance API gives for them.
    const dashboard = await page.request.get(`${journey.server.baseUrl}/api/dashboard?regionCode=510000`);
    expect(dashboard.ok()).toBe(true);
    const indicator = (await dashboard.json()).indicators.find((i: { key: string }) => i.key === 'meetingCompleteness');
    const expected = indicator.values.find((v: { regionCode: string }) => v.regionCode === '510100').value as number;
    const countyDate = (() => {
      const [y, mo] = today().split('-').map(Number);
      return mo === 1 ? `${y - 1}-12-01` : `${y}-${String(mo - 1).padStart(2, '0')}-01`;
    })();
    const compliance = await (await page.request.get(`${journey.server.baseUrl}/api/risk-meetings/compliance?level=county&date=${countyDate}`)).json();
    const wuhouStatus = compliance.items.find((i: { unitName: string }) => /武侯区/.test(i.unitName)).status as string;

    await page.goto(`${journey.server.baseUrl}/province`);
    await page.getByTestId('indicator').getByText('321 完成率').click();
    await page.getByTestId('indicator-note').getByText(/统计周期/).waitFor();
    await expect.poll(() => page.getByTestId('indicator-510100').textContent(), { timeout: 60_000 }).toBe(`${expected.toFixed(2)}%`);
    await screenshot(page, 'risk-meeting-05-province-321');

    await page.getByTestId('area-table').getByText('成都市', { exact: true }).click();
    await page.getByRole('heading', { name: /成都市态势总览/ }).waitFor();
    await page.getByTestId('indicator').getByText('321 完成率').click();
    const done = wuhouStatus === 'held' || wuhouStatus === 'late';
    await expect.poll(() => page.getByTestId('indicator-510107').textContent(), { timeout: 60_000 }).toBe(done ? '100.00%' : '0.00%');
    await screenshot(page, 'risk-meeting-06-chengdu-321');
    // The figure opens the completeness matrix filtered to the county.
    await page.getByTestId('indicator-510107').click();
    await page.getByTestId('matrix-region').waitFor();
    await page.getByRole('row', { name: /武侯区/ }).waitFor();
    expect(await page.getByRole('row', { name: /锦江区/ }).count()).toBe(0);
  });
});
