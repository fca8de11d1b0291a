/**
 * The notice journey in a real Chromium against the real server and built SPA: 抽检监测处 sends a
 * 风险预警提示 to two city bureaus from the compose drawer; 成都市局 sees it in the bell and its
 * inbox, opens it (the read receipt) and replies (反馈); the sender sees the receipts — 成都
 * 已反馈, 绵阳 未读. Screenshots land in test-results/screens/notices-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, login, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;
const TITLE = '关于冷链即食食品单增李斯特菌风险的预警提示';
const CHENGDU = '成都市市场监督管理局';
const MIANYANG = '绵阳市市场监督管理局';

/** Chooses an option of an antd select inside `scope`, retrying while the list still moves (the machine is loaded). */
async function choose(page: Page, field: Locator, option: string, chosen: Locator, away: Locator, search?: string) {
  const popup = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; attempt < 5 && (await chosen.count()) === 0; attempt++) {
    if ((await popup.count()) === 0) {
      await field.click();
      if (search) await page.keyboard.type(search);
    }
    await popup.locator('.ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 5_000 }).catch(() => undefined);
    await chosen.first().waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await chosen.first().waitFor({ timeout: 5_000 });
  // Escape would close the drawer: click elsewhere in it to close the list.
  if ((await page.locator('.ant-select-dropdown:visible').count()) > 0) await away.click();
  await expect.poll(async () => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 }).toBe(0);
}

describeBrowser('a risk warning: compose → read and reply → receipts', () => {
  const journey = useJourney('notices');
  const freshPage = () => journey.freshPage();
  let noticePath = '';

  it('抽检监测处 sends a 风险预警提示 to two cities', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'div-sampling');
    await page.getByRole('menuitem', { name: '信息通报' }).click();
    await page.getByRole('heading', { name: '信息通报', exact: true }).waitFor();
    await page.getByRole('button', { name: '发通报' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: '发送信息通报' });
    await drawer.waitFor();
    const away = drawer.getByText('发送信息通报', { exact: true });
    await choose(page, drawer.getByLabel('通报类型'), '风险预警提示', drawer.locator('.ant-select-content[title="风险预警提示"]'), away);
    await drawer.getByLabel('标题').fill(TITLE);
    await drawer.getByLabel('正文').fill('近期冷链即食食品中单增李斯特菌检出增多，请加强冷链环节监督检查，并于期限内反馈排查情况。');
    const units = drawer.getByLabel('收件单位');
    await choose(page, units, CHENGDU, drawer.locator('.ant-select-selection-item').filter({ hasText: CHENGDU }), away, '成都市市场');
    await choose(page, units, MIANYANG, drawer.locator('.ant-select-selection-item').filter({ hasText: MIANYANG }), away, '绵阳市市场');
    await screenshot(page, 'notices-compose');
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/notices') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '发送' }).click();
    expect((await sent).status()).toBe(201);
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    noticePath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('收件单位阅办情况').waitFor();
  });

  it('成都市局 sees it in the bell and the inbox, reads it and replies', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'city-510100');
    const bell = page.getByTestId('notification-bell');
    await expect.poll(async () => Number((await bell.locator('.ant-badge-count').textContent({ timeout: 1000 }).catch(() => '0'))?.replace(/\D/g, '') || 0), { timeout: 30_000 }).toBeGreaterThan(0);
    await bell.click();
    await page.getByTestId('notification-item').filter({ hasText: TITLE }).waitFor();
    await screenshot(page, 'notices-bell', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: '信息通报' }).click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(noticePath);
    await page.getByPlaceholder('填写反馈内容').fill('已部署全市冷链仓储和即食食品经营者专项检查，排查情况将于本周内报送。');
    const replied = page.waitForResponse((r) => r.url().endsWith('/replies'));
    await page.getByRole('button', { name: '提交反馈' }).click();
    expect((await replied).status()).toBe(201);
    await page.locator('.ant-timeline').getByText('已部署全市冷链仓储').waitFor();
    await screenshot(page, 'notices-recipient');
  });

  it('the sender sees the receipts: 成都 已反馈, 绵阳 未读', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'div-sampling');
    await page.goto(`${journey.server.baseUrl}${noticePath}`);
    const receipts = page.locator('.ant-card').filter({ hasText: '收件单位阅办情况' });
    await receipts.waitFor();
    await expect.poll(async () => receipts.locator('tr').filter({ hasText: CHENGDU }).innerText(), { timeout: 15_000 }).toContain('已反馈');
    expect(await receipts.locator('tr').filter({ hasText: MIANYANG }).innerText()).toContain('未读');
    expect(await receipts.locator('tr').filter({ hasText: CHENGDU }).innerText()).toContain('成都市市场监管局工作人员');
    await screenshot(page, 'notices-receipts');
  });
});
