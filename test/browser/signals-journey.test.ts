/**
 * The risk-signal journey in a real Chromium: a province whose ordinary sampling carries a planted
 * regional cluster (南充市 食用农产品, 10 of 20 unqualified in the last two months); 抽检监测处 runs
 * the signals from the 风险信号 page, opens the funnel signal of 南充, sees why (chart, numbers,
 * samples), proposes tracking sampling, and finds the suggestion on the plans page.
 * Screenshots land in test-results/screens/signals-*.png.
 */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedSyntheticSamples } from '../../src/modules/demo/synthetic/seed-samples.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { describeBrowser, ensureWebBuild, launchBrowser, login, newContext, screenshot, webDir } from '../helpers/browser.js';
import { createTestDatabase } from '../helpers/test-database.js';

const TEST_TIMEOUT = 600_000;

describeBrowser('a planted cluster becomes a signal and a tracking-sampling suggestion', () => {
  let browser: Browser;
  let baseUrl: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ensureWebBuild();
    const database = await createTestDatabase();
    // The plant: ordinary sampling of a province (another seed) with a cluster in 南充.
    await seedSyntheticSamples(database.db, { samples: 4000, seed: 11, plant: { cluster: { cityCode: '511300', rootName: '食用农产品', samples: 20, failed: 10 } } });
    const app = await buildApp(database, { ...loadConfig({}), demo: true, loginRateLimitPerMinute: 1000, webDir }, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    close = async () => {
      await browser.close();
      await app.close();
      await database.dispose();
    };
  }, TEST_TIMEOUT);
  afterAll(async () => close?.());

  it('抽检监测处 runs the signals, opens the 南充 cluster and proposes tracking sampling', { timeout: TEST_TIMEOUT }, async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await login(page, baseUrl, 'div-sampling');
    await page.goto(`${baseUrl}/signals`);
    await page.getByRole('heading', { name: '风险信号' }).waitFor();
    const ran = page.waitForResponse((r) => r.url().endsWith('/api/signals/run') && r.request().method() === 'POST', { timeout: 300_000 });
    await page.getByRole('button', { name: '立即计算' }).click();
    expect((await ran).status()).toBe(200);
    // The funnel signals (漏斗图), as the method filter shows them.
    await page.goto(`${baseUrl}/signals?method=region`);
    await screenshot(page, 'signals-list-region', { fullPage: true });
    const link = page.getByRole("link", { name: /南充市.*食用农产品不合格率显著高于全省/ });
    await expect.poll(() => link.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, 'signals-list', { fullPage: false });
    await link.first().click();
    await page.getByText('Spiegelhalter').first().waitFor({ timeout: 60_000 });
    await page.locator('canvas').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, 'signals-detail');
    await page.getByRole('button', { name: '提出跟踪抽检' }).click();
    const dialog = page.getByRole('dialog', { name: '提出跟踪抽检' });
    await dialog.waitFor();
    const proposed = page.waitForResponse((r) => r.url().endsWith('/tracking') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: '提出跟踪抽检' }).click();
    expect((await proposed).status()).toBe(200);
    await page.getByText('研判中').first().waitFor({ timeout: 60_000 });
    await page.goto(`${baseUrl}/plans?tab=suggestions`);
    await page.getByText(/跟踪抽检建议：南充市.*食用农产品/).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'signals-suggestion');
    await context.close();
  });
});
