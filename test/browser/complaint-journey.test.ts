/**
 * The complaint journey in a real Chromium against the real server and built SPA: a consumer
 * submits a complaint on the public portal (no sign-in, no script) and gets a tracking number; it
 * reaches 武侯区's inbox; the county accepts it and opens a case from it (立案); the consumer's
 * query page (tracking number + the phone's last four digits) says it was closed with a case.
 * Screenshots land in test-results/screens/complaint-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, login, opened, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;
const SHOP = '旅程测试烘焙店';

describeBrowser('a complaint: portal form → county inbox → case → the public query page', () => {
  const journey = useJourney('complaint');
  let trackingNo = '';

  const query = async (page: Page) => {
    await page.goto(`${journey.server.baseUrl}/public/complaints/query`);
    await page.locator('input[name="trackingNo"]').fill(trackingNo);
    await page.locator('input[name="phoneLast4"]').fill('6688');
    await page.getByRole('button', { name: '查询' }).click();
    return page.getByTestId('complaint-status');
  };

  it('a consumer submits a complaint on the portal and gets a tracking number', { timeout: TEST_TIMEOUT }, async () => {
    const page = await journey.freshPage();
    await page.goto(`${journey.server.baseUrl}/public/`);
    await page.getByRole('link', { name: '投诉举报' }).first().click();
    await page.getByRole('heading', { name: '投诉举报' }).waitFor();
    await page.locator('input[name="name"]').fill('赵六');
    await page.locator('input[name="phone"]').fill('13900006688');
    await page.locator('select[name="city"]').selectOption('510100');
    await page.locator('input[name="address"]').fill('成都市武侯区科华北路65号');
    await page.locator('input[name="enterpriseName"]').fill(SHOP);
    await page.locator('input[name="foodName"]').fill('肉松面包');
    await page.locator('textarea[name="description"]').fill('昨天购买的肉松面包已经发霉，店家拒绝退款，请求处理。');
    await screenshot(page, 'complaint-portal-form');
    await page.getByRole('button', { name: '提交' }).click();
    const number = page.getByTestId('tracking-no');
    await number.waitFor({ timeout: 60_000 });
    trackingNo = (await number.textContent())!.trim();
    expect(trackingNo).toMatch(/^TS\d{8}[A-Z0-9]{8}$/);
    await screenshot(page, 'complaint-portal-submitted');
    await expect.poll(async () => (await query(page)).textContent(), { timeout: 60_000 }).toContain('已收到');
  });

  it('武侯区 finds it in its inbox, accepts it and opens a case from it', { timeout: TEST_TIMEOUT }, async () => {
    const page = await journey.freshPage();
    await login(page, journey.server.baseUrl, 'county-510107');
    const item = page.getByRole('link', { name: new RegExp(`决定是否受理投诉：${SHOP}`) });
    await item.waitFor({ timeout: 60_000 });
    await screenshot(page, 'complaint-inbox', { fullPage: false });
    await item.click();
    await page.getByRole('heading', { name: `投诉 ${trackingNo}` }).waitFor({ timeout: 60_000 });
    // Masked until revealed by the handling unit (audited).
    await expect.poll(async () => page.getByTestId('complainant').textContent(), { timeout: 60_000 }).toBe('赵* 139****6688');

    await page.getByRole('button', { name: '受理', exact: true }).click();
    const accept = await opened(page.getByRole('dialog').filter({ hasText: '受理意见' }));
    await accept.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('button', { name: '立案查处' }).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: '立案查处' }).click();
    const filing = await opened(page.getByRole('dialog').filter({ hasText: '案件基本情况' }));
    await filing.getByLabel('案由').fill('涉嫌销售霉变食品');
    await expect.poll(async () => filing.getByLabel('当事人').inputValue(), { timeout: 10_000 }).toBe(SHOP);
    await screenshot(page, 'complaint-open-case');
    const filed = page.waitForResponse((r) => r.url().endsWith('/case') && r.request().method() === 'POST');
    await filing.getByRole('button', { name: /保\s*存/ }).click();
    expect((await filed).status()).toBe(201);
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await page.getByText(trackingNo).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'complaint-case');
  });

  it('the consumer\'s query page shows it closed with a case', { timeout: TEST_TIMEOUT }, async () => {
    const page = await journey.freshPage();
    await expect.poll(async () => (await query(page)).textContent(), { timeout: 60_000 }).toContain('已依法立案查处');
    await screenshot(page, 'complaint-query');
  });
});
