/**
 * 风险分析 in a real Chromium: a city officer (成都) opens the page and gets the pivot of its counties;
 * switches the column dimension to 环节 and sees cells per link; follows a cell to the sample list,
 * whose total equals the cell's sample count, with the cell's filters in the URL.
 * Screenshots: test-results/screens/analytics-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, login, newPage, pickOption, screenshot, startServer, type TestServer } from '../helpers/browser.js';

const TEST_TIMEOUT = 240_000;

describeBrowser('the analytics explorer', () => {
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

  it('lets a city officer cross counties with links and follow a cell to the sample list with the same total', async () => {
    const page = await newPage(browser);
    await login(page, server.baseUrl, 'city-510100');
    await page.getByRole('menuitem', { name: '风险分析' }).click();
    await page.waitForURL(/\/analytics/, { timeout: 60_000 });
    await expect.poll(() => page.getByRole('heading', { name: '风险分析' }).isVisible(), { timeout: 60_000 }).toBe(true);
    // The default for a city: its counties as rows; only its own counties.
    await expect.poll(() => page.locator('[data-testid="pivot-table"] tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(3);
    await screenshot(page, 'analytics-city');
    const labels = await page.locator('[data-testid="pivot-table"] tbody tr td:first-child').allInnerTexts();
    expect(labels.some((l) => /区|县|市/.test(l))).toBe(true);
    expect(labels.some((l) => l.includes('绵阳'))).toBe(false);
    await page.locator('[data-testid="analytics-map"] canvas').waitFor({ timeout: 60_000 });

    const switched = page.waitForResponse((r) => r.url().includes('/api/analytics/pivot') && r.url().includes('columns=link'), { timeout: 60_000 });
    await pickOption(page, page.getByTestId('columns'), '环节', page.getByTestId('columns').getByText('环节'));
    expect((await switched).status()).toBe(200);
    await expect.poll(() => page.getByTestId('pivot-table').getByRole('columnheader', { name: '流通', exact: true }).isVisible(), { timeout: 60_000 }).toBe(true);
    await screenshot(page, 'analytics-city-county-by-link');

    // The first cell with samples: its count, then the list behind it.
    const cell = page.locator('[data-testid^="cell-"][data-testid$="-samples"]').first();
    await cell.waitFor({ timeout: 60_000 });
    const count = Number((await cell.innerText()).replace(/[^\d]/g, ''));
    expect(count).toBeGreaterThan(0);
    await cell.click();
    await page.waitForURL(/\/samples\?/, { timeout: 60_000 });
    const url = new URL(page.url());
    expect(url.searchParams.get('regionCode')).toMatch(/^5101\d\d$/);
    expect(url.searchParams.get('link')).toBeTruthy();
    expect(url.searchParams.get('dateFrom')).toMatch(/-01-01$/);
    await expect.poll(() => page.getByText(`共 ${count} 条`).isVisible(), { timeout: 60_000 }).toBe(true);
    await screenshot(page, 'analytics-cell-samples');
    await page.close();
  }, TEST_TIMEOUT);
});
