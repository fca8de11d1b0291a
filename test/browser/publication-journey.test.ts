/**
 * The publication journey in a real Chromium against the real server and built SPA: 抽检监测处
 * drafts an announcement of a failed sample, 抽检监测处 and 新闻宣传处 each approve it, 抽检监测处
 * publishes it; then a visitor with no session (a fresh browser context) opens /public/, finds
 * the failed sample by its food name and reads its result with the explainer of its failed item.
 * Screenshots land in test-results/screens/publication-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, login, opened, pickOption, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;
const SAMPLE_NO = 'DBJ26510000PUB01';

describeBrowser('publication: draft → two approvals → publish → the public finds it', () => {
  const journey = useJourney('publication');
  const freshPage = () => journey.freshPage();
  let detailPath = '';

  async function act(page: Page, button: string) {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    const dialog = await opened(page.getByRole('dialog'));
    const done = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/publications/') && r.ok());
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await done;
    await dialog.waitFor({ state: 'hidden' });
  }

  it('抽检监测处 records a failed sample and drafts an announcement of it', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'div-sampling');
    const categories = (await (await page.request.get(`${journey.server.baseUrl}/api/catalogue/categories`)).json()) as { id: string; name: string }[] | { items: { id: string; name: string }[] };
    const list = Array.isArray(categories) ? categories : categories.items;
    const categoryId = list.find((c) => c.name === '糕点')!.id;
    const sample = await page.request.post(`${journey.server.baseUrl}/api/samples`, {
      data: {
        sampleNo: SAMPLE_NO,
        samplingType: 'supervisory',
        foodName: '桃酥饼',
        categoryId,
        link: 'distribution',
        samplers: ['张三', '李四'],
        sampledParty: { name: '成都市武侯区某某食品店', address: '四川省成都市武侯区某某路5号' },
        samplingDate: '2026-11-20',
        items: [{ itemName: '苯甲酸及其钠盐(以苯甲酸计)', resultText: '0.56', limitText: '不得使用', unit: 'g/kg' }],
      },
    });
    expect(sample.status(), await sample.text()).toBe(201);

    await page.goto(`${journey.server.baseUrl}/publications`);
    await page.getByRole('button', { name: '起草', exact: true }).click();
    const drawer = await opened(page.getByRole('dialog'));
    await drawer.getByLabel('标题').fill('2026年第9期食品安全监督抽检信息公告');
    // Picking by filter is the default: it previews the count within the drafter's scope.
    await expect.poll(async () => (await drawer.getByTestId('filter-count').textContent()) ?? '', { timeout: 60_000 }).toMatch(/符合条件的可公布样品 \d+ 个/);
    await drawer.getByText('逐个选择').click();
    // On state: the remote search re-renders its options while it answers, and a click there can choose nothing.
    await pickOption(page, drawer.getByLabel('样品'), `${SAMPLE_NO} 桃酥饼（成都市武侯区某某食品店）`, drawer.locator(`.ant-select-selection-item[title^="${SAMPLE_NO}"]`), { search: '桃酥' });
    // Close the multiple select's popup before submitting.
    await drawer.getByLabel('标题').click();
    const created = page.waitForResponse((r) => r.url().endsWith('/api/publications') && r.request().method() === 'POST');
    await drawer.getByRole('button', { name: '提交会审' }).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/publications\/[0-9a-f-]{36}$/);
    detailPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByText('会审中').first().isVisible(), { timeout: 60_000 }).toBe(true);
    await act(page, '会审通过');
    await expect.poll(() => page.getByText('第1轮 抽检监测处').isVisible(), { timeout: 60_000 }).toBe(true);
    // 公布 is not offered before 新闻宣传处 approves.
    expect(await page.getByRole('button', { name: '公布', exact: true }).count()).toBe(0);
    await screenshot(page, 'publication-sampling-approved');
  });

  it('新闻宣传处 approves; 抽检监测处 publishes', { timeout: TEST_TIMEOUT }, async () => {
    const news = await freshPage();
    await login(news, journey.server.baseUrl, 'div-news');
    await news.goto(`${journey.server.baseUrl}${detailPath}`);
    await act(news, '会审通过');
    await expect.poll(() => news.getByText('会审通过').first().isVisible(), { timeout: 60_000 }).toBe(true);
    await screenshot(news, 'publication-news-approved');

    const page = await freshPage();
    await login(page, journey.server.baseUrl, 'div-sampling');
    await page.goto(`${journey.server.baseUrl}${detailPath}`);
    await act(page, '公布');
    await expect.poll(() => page.getByText('已公布').first().isVisible(), { timeout: 60_000 }).toBe(true);
    await screenshot(page, 'publication-published');
  });

  it('a visitor without a session finds the failed sample and its explainer on /public/', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    const home = await page.goto(`${journey.server.baseUrl}/public/`);
    expect(home?.status()).toBe(200);
    await page.getByLabel('食品或企业名称').fill('桃酥');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/public\/results\?/);
    await page.getByRole('link', { name: SAMPLE_NO }).click();
    await page.waitForURL(new RegExp(`/public/results/${SAMPLE_NO}$`));
    await expect.poll(() => page.getByText('不合格', { exact: true }).first().isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '标准解读' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await page.getByText('苯甲酸及其钠盐是常用的防腐剂').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('张三');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'publication-public-result-phone');
  });
});
