/**
 * The assessment journey in a real Chromium: 协调处 sets the weight of 核查处置按期办结率, adds an
 * indicator through the form (its field messages first, then a computation with its parameter),
 * runs the year's scores, opens 成都市局's score and drills down to its disposals not closed in
 * time, then opens one of them; last the rectification list filtered to the overdue ones.
 * Screenshots land in test-results/screens/assessment-*.png.
 */
import { expect, it } from 'vitest';
import { describeBrowser, login, opened, pickOption, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;

describeBrowser('协调处 weighs an indicator, runs the year and drills into a city\'s late disposals', () => {
  const journey = useJourney('assessment');

  it('sets a weight, runs the scores, opens 成都 and drills to its late disposals', { timeout: TEST_TIMEOUT }, async () => {
    const page = await journey.freshPage();
    await login(page, journey.server.baseUrl, 'div-coordination');
    await page.getByRole('menuitem', { name: '考核评价' }).click();
    await page.getByRole('heading', { name: '考核评价', exact: true }).waitFor();

    await page.getByRole('tab', { name: '指标体系' }).click();
    await page.getByTestId('edit-disposal.onTime').click();
    const dialog = await opened(page.getByRole('dialog', { name: '修改考核指标' }));
    await dialog.getByLabel('权重').fill('30');
    await screenshot(page, 'assessment-01-weight', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s*存|确\s*定/ }).click();
    const row = page.getByRole('row', { name: /核查处置按期办结率/ });
    await expect.poll(() => row.getByRole('cell').nth(5).textContent(), { timeout: 60_000 }).toBe('30');

    // Add an indicator: an empty form says what is missing on the fields, in Chinese.
    await page.getByTestId('add-indicator').click();
    const add = await opened(page.getByRole('dialog', { name: '新增考核指标' }));
    await add.getByRole('button', { name: /保\s*存/ }).click();
    await add.locator('.ant-form-item-explain-error', { hasText: '请填写指标名称' }).waitFor({ timeout: 60_000 });
    await add.locator('.ant-form-item-explain-error', { hasText: '请选择计算方法' }).waitFor();
    await add.getByLabel('指标名称').fill('抽检信息45日内公布率');
    await add.getByLabel('定义').fill('考核期内公布的抽检结果中，自抽样之日起45日内公布的比例。');
    await pickOption(page, add.getByLabel('计算方法'), '抽检信息按时公布', add.getByLabel('规定公布天数'));
    await expect.poll(() => add.getByTestId('indicator-measure').textContent(), { timeout: 60_000 }).toBe('比例（%）');
    await add.getByLabel('规定公布天数').fill('400');
    await add.locator('.ant-form-item-explain-error', { hasText: '规定公布天数应在1到365之间' }).waitFor({ timeout: 60_000 });
    await add.getByLabel('规定公布天数').fill('45');
    await add.getByLabel('目标值（%）').fill('80');
    await add.getByLabel('权重').fill('5');
    await screenshot(page, 'assessment-01b-add-indicator', { fullPage: false });
    await add.getByRole('button', { name: /保\s*存/ }).click();
    const addedRow = page.getByRole('row', { name: /抽检信息45日内公布率/ });
    await addedRow.waitFor({ timeout: 60_000 });
    await expect.poll(() => addedRow.getByRole('cell').nth(2).textContent(), { timeout: 60_000 }).toBe('抽检信息按时公布');

    await page.getByRole('tab', { name: '得分排名' }).click();
    await page.getByTestId('run-scores').click();
    const chengdu = page.getByRole('link', { name: /^成都市/ }).first();
    await chengdu.waitFor({ timeout: 60_000 });
    await page.getByText(/得分 = 100 ×/).waitFor();
    await screenshot(page, 'assessment-02-scores');
    await chengdu.click();
    await page.getByRole('heading', { name: /单位得分：成都市/ }).waitFor();
    await expect.poll(() => page.getByTestId('unit-score').textContent(), { timeout: 60_000 }).toMatch(/^\d+\.\d\d$/);

    await page.getByTestId('drill-disposal.onTime').click();
    await page.getByText(/期限内办结的核查处置件数/).waitFor({ timeout: 60_000 });
    await page.getByTestId('only-missed').click();
    const late = page.getByRole('link', { name: /^核查处置 / }).first();
    await late.waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.ant-tag', { hasText: '达标' }).filter({ hasNotText: '未达标' }).count(), { timeout: 60_000 }).toBe(0);
    await screenshot(page, 'assessment-03-drill');
    await late.click();
    await page.waitForURL(/\/disposals\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await screenshot(page, 'assessment-04-disposal');

    // The rectification status across checks: the demo's open finding, then only the overdue ones.
    await page.goto(`${journey.server.baseUrl}/assessment?tab=rectifications`);
    await page.getByTestId('rect-counts').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: /（交叉检查）$/ }).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'assessment-05-rectifications');
    await page.getByTestId('only-overdue').click();
    await page.waitForURL(/overdue=true/, { timeout: 60_000 });
    // The demo's finding past its deadline stays; every row left carries 已逾期.
    await page.locator('.ant-table-row', { hasText: '台账未按月报送市局' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.ant-table-row').filter({ hasNotText: '已逾期' }).count(), { timeout: 60_000 }).toBe(0);
    await screenshot(page, 'assessment-06-overdue');
  });
});
