/**
 * The province view in a real Chromium: the leader lands on it, sees the map of Sichuan's 21
 * cities coloured by the unqualified rate, clicks 成都市 and gets its counties; switching the
 * indicator recolours the map; a figure opens the list behind it with its filters in the URL; a
 * city bureau gets its own counties; the briefing pack shows its tables.
 * Screenshots: test-results/screens/province-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, login, newPage, screenshot, startServer, type TestServer } from '../helpers/browser.js';

const TEST_TIMEOUT = 240_000;

/** Clicks the map where ECharts drew a region: its centre, found through the chart instance. */
async function clickRegion(page: Page, regionCode: string) {
  const point = await page.evaluate((code) => {
    const canvas = document.querySelector('[data-testid="province-map"] canvas') as HTMLCanvasElement;
    const host = canvas.closest('[_echarts_instance_]') as HTMLElement;
    const echarts = (window as unknown as { __provinceMapChart?: { convertToPixel: (f: object, v: string) => number[] } }).__provinceMapChart;
    if (!echarts) throw new Error('map chart not exposed');
    const [x, y] = echarts.convertToPixel({ seriesIndex: 0 }, code);
    const box = host.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, regionCode);
  await page.mouse.click(point.x, point.y);
}

describeBrowser('the province view', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is the leader’s home: the map of the cities, drilled into 成都市 by a click', async () => {
    const page = await newPage(browser);
    await login(page, server.baseUrl, 'leader');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('heading', { name: '全省态势总览' }).isVisible(), { timeout: 60_000 }).toBe(true);
    await page.locator('[data-testid="province-map"] canvas').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { __provinceMapChart?: unknown }).__provinceMapChart)), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-testid="area-table"] tbody tr').count(), { timeout: 60_000 }).toBe(21);
    await screenshot(page, 'province-leader-home');

    const drilled = page.waitForResponse((r) => r.url().includes('/api/dashboard?regionCode=510100'));
    await clickRegion(page, '510100');
    expect((await drilled).status()).toBe(200);
    await screenshot(page, 'province-leader-after-click', { fullPage: false });
    await expect.poll(() => page.getByRole('heading', { name: '成都市态势总览' }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(page.url()).toContain('regionCode=510100');
    await expect.poll(() => page.locator('[data-testid="area-table"] tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId('area-table').getByRole('cell', { name: '武侯区', exact: true }).isVisible(), { timeout: 60_000 }).toBe(true);
    await page.getByText('超期核查处置', { exact: true }).first().waitFor();
    await page.locator('[data-testid="indicator"]').getByText('超期核查处置').click();
    await screenshot(page, 'province-leader-chengdu');

    await page.getByTestId('fig-unqualified').click();
    await page.waitForURL(/\/samples\?/);
    expect(page.url()).toContain('regionCode=510100');
    expect(page.url()).toContain('conclusion=unqualified');
    await page.close();
  }, TEST_TIMEOUT);

  it('gives a city bureau its own counties, and the briefing pack its tables', async () => {
    const page = await newPage(browser);
    await login(page, server.baseUrl, 'city-510100');
    await page.goto(`${server.baseUrl}/province`);
    await expect.poll(() => page.getByRole('heading', { name: '成都市态势总览' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await page.getByTestId('back-to-province').count()).toBe(0);
    await page.locator('[data-testid="province-map"] canvas').waitFor({ timeout: 60_000 });
    await screenshot(page, 'province-city');
    await page.goto(`${server.baseUrl}/briefing?from=2025-01&to=2025-12`);
    await expect.poll(() => page.getByRole('heading', { name: '成都市风险研判材料' }).isVisible(), { timeout: 60_000 }).toBe(true);
    await page.locator('[data-testid="by-category"] tbody tr').first().waitFor();
    // The notices section comes from the notices module: received notices, read, replied and overdue.
    await expect.poll(() => page.getByText('收到的通报').first().isVisible(), { timeout: 60_000 }).toBe(true);
    await screenshot(page, 'province-briefing');
    await page.close();
  }, TEST_TIMEOUT);
});
