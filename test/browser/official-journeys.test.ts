/**
 * What officials trip over, tried in a real Chromium against the real server and built SPA (issue
 * 9 D): each role's menu and workbench, the path from a disposal to its sample and back, a record
 * the user may not open (a way back, not a retry), the ledger's last columns on screen.
 * Screenshots of each workbench and step land in test-results/screens/official-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { describeBrowser, launchBrowser, login, menuLabels, newContext, screenshot, startServer, type TestServer } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;

/** Waits until the workbench's table has loaded (rows, or the empty text) and the figures are in. */
async function workbenchLoaded(page: Page): Promise<void> {
  await page.locator('.ant-table-tbody').first().waitFor();
  await expect.poll(() => page.locator('.ant-table-tbody .ant-table-row, .ant-table-tbody .ant-empty').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 60_000 }).toBe(0);
  // The chart of open items by kind is a lazily loaded chunk: wait for its legend when it is there.
  if (await page.getByText('待办类型分布').count()) await page.getByTestId('kind-legend').waitFor();
}

describeBrowser('what officials trip over, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const pages = contexts.flatMap((c) => c.pages());
      const slug = task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 60);
      await Promise.all(pages.map((p, i) => screenshot(p, `FAILED-official-${slug}-${i}`, { fullPage: false }).catch(() => undefined)));
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await login(page, server.baseUrl, username);
    return page;
  }

  it('gives 新闻宣传处 a menu of what it can do (no 数据导入, no 核查处置), and a county bureau its work', { timeout: TEST_TIMEOUT }, async () => {
    const news = await signedIn('div-news');
    const newsMenu = await menuLabels(news);
    expect(newsMenu).toContain('抽检数据');
    expect(newsMenu).not.toContain('数据导入');
    expect(newsMenu).not.toContain('核查处置');
    await workbenchLoaded(news);
    await screenshot(news, 'official-workbench-news');
    // Typed in, the page it has no menu entry for says so and offers the way back.
    await news.goto(`${server.baseUrl}/imports`);
    await news.getByText('无权访问').waitFor();
    expect(await news.getByRole('button', { name: '返回工作台' }).isVisible()).toBe(true);

    const county = await signedIn('county-510107');
    const countyMenu = await menuLabels(county);
    for (const label of ['数据导入', '核查处置', '24小时限时报告', '督办', '稽查案件']) expect(countyMenu).toContain(label);
    await workbenchLoaded(county);
    expect(await county.locator('.ant-table-tbody .ant-table-row').count()).toBeGreaterThan(0);
    await screenshot(county, 'official-workbench-county');
  });

  it('lands the province bureau’s leader on the province’s figures and the unit’s work, not on 0 / 0 / 0', { timeout: TEST_TIMEOUT }, async () => {
    const leader = await signedIn('leader');
    // The leader's home is the province view (态势总览); the workbench stays at /workbench.
    await leader.goto(`${server.baseUrl}/workbench`);
    const overview = leader.getByTestId('overview');
    await overview.getByText('全省概况').waitFor();
    await expect.poll(async () => Number(/\d+/.exec(await leader.getByTestId('overview-openDisposals').innerText())?.[0] ?? 0), { timeout: 60_000 }).toBeGreaterThan(0);
    await workbenchLoaded(leader);
    expect(await leader.locator('.ant-segmented-item-selected').innerText()).toContain('本单位及下级待办');
    expect(await leader.locator('.ant-table-tbody .ant-table-row').count()).toBeGreaterThan(0);
    await screenshot(leader, 'official-workbench-leader');

    const city = await signedIn('city-510100');
    await city.getByTestId('overview').getByText('辖区概况').waitFor();
    await workbenchLoaded(city);
    await screenshot(city, 'official-workbench-city');
    const division = await signedIn('div-production');
    await division.getByTestId('overview').getByText('全省概况').waitFor();
    await workbenchLoaded(division);
    await screenshot(division, 'official-workbench-division');
  });

  it('goes from a disposal to its sample and from the sample back to the disposal', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('city-510100');
    await page.getByRole('complementary').getByRole('menuitem', { name: '核查处置' }).click();
    await page.getByRole('heading', { name: '核查处置', exact: true }).waitFor();
    // The list also holds disposals the city assists with (协查) whose samples belong to another
    // city and are not the city's to open: narrow it to the disposals its own units handle, as
    // the 承办单位 filter does, before taking the first.
    await page.goto(`${server.baseUrl}/disposals?ownerUnitId=${unitIdForRegion('510100')}`);
    await page.getByRole('heading', { name: '核查处置', exact: true }).waitFor();
    const first = page.locator('.ant-table-tbody .ant-table-row').first().getByRole('link').first();
    await first.waitFor();
    const sampleNo = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { name: `核查处置 ${sampleNo}` }).waitFor();
    const disposalUrl = page.url();

    await page.getByRole('link', { name: sampleNo, exact: true }).click();
    await page.getByRole('heading', { name: `抽样 ${sampleNo}` }).waitFor();
    const related = page.getByTestId('related-records');
    const back = related.getByRole('link', { name: `核查处置（${sampleNo}）` });
    await back.waitFor();
    await screenshot(page, 'official-sample-related');
    await back.click();
    await page.getByRole('heading', { name: `核查处置 ${sampleNo}` }).waitFor();
    expect(page.url()).toBe(disposalUrl);
  });

  it('offers the way back, not a retry, for a record the user may not open', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('county-510107');
    await page.goto(`${server.baseUrl}/enterprises/00000000-0000-4000-8000-000000000000`);
    await page.getByText('记录不存在或无权查看').waitFor();
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
    await page.getByRole('button', { name: '返回工作台' }).click();
    await page.getByRole('heading', { name: '工作台', exact: true }).waitFor();
  });

  it('keeps the ledger’s status and deadline on screen, whatever the width of the rest', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('leader');
    await page.goto(`${server.baseUrl}/ledger`);
    const header = page.locator('.ant-table-thead th', { hasText: '状态 / 期限' }).first();
    await header.waitFor();
    await page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
    const box = await header.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'official-ledger', { fullPage: false });
  });
});
