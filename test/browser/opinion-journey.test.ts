/**
 * The opinion journey in a real Chromium against the real server and built SPA (issue 14 §2): a
 * consumer warning is published, 宣传和档案中心 opens its opinion watch from the inbox, records a
 * quiet day and registers a 较大 event from the watch; 协调处 finds it in the bell; the centre
 * answers with a rumour response (辟谣) sent to co-review as a 消费提示; 抽检监测处 and 新闻宣传处
 * approve, the centre publishes, and a visitor without a session reads it on /public/warnings.
 * Screenshots land in test-results/screens/opinion-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, login, opened, pickOption, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;
const WARNING = '关于夏季自制凉拌菜的消费提示（旅程）';
const EVENT = '网传“凉拌菜放冰箱会致癌”';
const REBUTTAL = '凉拌菜冷藏不会“致癌”';

describeBrowser('opinion: watch from the inbox → 较大 event → 协调处 told → rumour response on the portal', () => {
  const journey = useJourney('opinion');
  const freshPage = () => journey.freshPage();
  const url = (path: string) => `${journey.server.baseUrl}${path}`;
  let eventPath = '';
  let publicationId = '';

  async function signedIn(username: string): Promise<Page> {
    const page = await freshPage();
    await login(page, journey.server.baseUrl, username);
    return page;
  }

  async function post(page: Page, path: string, data: unknown) {
    const res = await page.request.post(url(path), { data });
    expect(res.status(), await res.text()).toBeLessThan(300);
    return res.json();
  }

  it('a consumer warning is published: 宣传和档案中心 gets its opinion watch', { timeout: TEST_TIMEOUT }, async () => {
    const sampling = await signedIn('div-sampling');
    const { id } = await post(sampling, '/api/publications', { kind: 'warning', title: WARNING, body: '凉拌菜现做现吃，剩余的应冷藏并尽快食用。', sampleIds: [] });
    await post(sampling, `/api/publications/${id}/approve`, {});
    const news = await signedIn('div-news');
    await post(news, `/api/publications/${id}/approve`, {});
    await post(sampling, `/api/publications/${id}/publish`, {});
  });

  it('宣传和档案中心 opens the watch from the inbox, records a quiet day and registers a 较大 event', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('div-publicity-archives');
    const row = page.locator('tr').filter({ hasText: `舆情监测：${WARNING}` });
    await row.getByRole('link', { name: '去办理' }).click();
    await page.waitForURL(/\/opinion\/watches\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '信息发布后舆情监测' }).waitFor();
    await page.getByRole('link', { name: WARNING }).waitFor();

    await page.getByRole('button', { name: '登记监测情况', exact: true }).first().click();
    const entry = await opened(page.getByRole('dialog'));
    const saved = page.waitForResponse((r) => r.url().endsWith('/entries') && r.request().method() === 'POST');
    await entry.getByRole('button', { name: '保存' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId('watch-days').getByText('未发现舆情').waitFor();
    await screenshot(page, 'opinion-watch');

    await page.getByRole('button', { name: '登记舆情事件', exact: true }).click();
    const drawer = await opened(page.getByRole('dialog'));
    await drawer.getByLabel('事件名称').fill(EVENT);
    await drawer.getByText('较大', { exact: true }).click();
    await drawer.getByLabel('来源说明').fill('微博');
    await drawer.getByLabel('事件概要').fill('消费提示发布后，社交平台出现“凉拌菜放冰箱会致癌”的说法，转发量上升。');
    await drawer.getByLabel('相关链接').fill('https://weibo.com/journey/1');
    const created = page.waitForResponse((r) => r.url().endsWith('/events') && r.request().method() === 'POST');
    await drawer.getByRole('button', { name: '登记舆情事件' }).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/opinion\/[0-9a-f-]{36}$/);
    eventPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: EVENT }).waitFor();
    await page.getByRole('link', { name: WARNING }).waitFor();
    await screenshot(page, 'opinion-event');
  });

  it('协调处 is told at once: the bell shows the 较大 event and opens it', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('div-coordination');
    const bell = page.getByTestId('notification-bell');
    await expect.poll(async () => Number((await bell.locator('.ant-badge-count').textContent({ timeout: 1000 }).catch(() => '0'))?.replace(/\D/g, '') || 0), { timeout: 60_000 }).toBeGreaterThan(0);
    await bell.click();
    const item = page.getByTestId('notification-item').filter({ hasText: `较大舆情事件：${EVENT}` });
    await item.waitFor();
    await screenshot(page, 'opinion-bell', { fullPage: false });
    await item.click();
    await page.waitForURL((u) => u.pathname === eventPath);
    await page.getByRole('heading', { name: EVENT }).waitFor();
    // 协调处 reads the register; it does not work on it.
    expect(await page.getByRole('button', { name: '登记回应措施' }).count()).toBe(0);
  });

  it('the province leader finds it on the province view, among the open 较大 and 重大 events', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('leader');
    const panel = page.getByTestId('opinion-panel');
    await panel.getByRole('link', { name: EVENT }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'opinion-province-panel');
  });

  it('宣传和档案中心 records a rumour response and sends it to co-review as a 消费提示', { timeout: TEST_TIMEOUT }, async () => {
    const page = await signedIn('div-publicity-archives');
    await page.goto(url(eventPath));
    await page.getByRole('button', { name: '登记回应措施' }).click();
    const dialog = await opened(page.getByRole('dialog'));
    await pickOption(page, dialog.getByLabel('回应方式'), '辟谣', dialog.getByText('辟谣内容（公布后公众可见）'));
    await dialog.getByLabel('标题').fill(REBUTTAL);
    await dialog.getByLabel('辟谣内容（公布后公众可见）').fill('凉拌菜冷藏保存可抑制细菌繁殖，不会因此“致癌”；剩菜应密封冷藏并尽快食用。');
    const responded = page.waitForResponse((r) => r.url().endsWith('/responses') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: '保存' }).click();
    expect((await responded).status()).toBe(200);
    await page.getByTestId('responses').getByText(REBUTTAL).waitFor();

    await page.getByRole('button', { name: '作为消费提示提交会审' }).click();
    const sent = page.waitForResponse((r) => r.url().endsWith('/publish') && r.request().method() === 'POST');
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    const detail = await (await sent).json();
    publicationId = detail.responses.find((r: { title: string }) => r.title === REBUTTAL).publication.id;
    await page.getByTestId('responses').getByText('会审中').waitFor();
    await screenshot(page, 'opinion-rebuttal-in-review');
  });

  it('after both approvals the centre publishes it, and the public reads it on the portal', { timeout: TEST_TIMEOUT }, async () => {
    const visitor = await freshPage();
    await visitor.goto(url('/public/warnings'));
    expect(await visitor.content()).not.toContain(REBUTTAL);

    const sampling = await signedIn('div-sampling');
    await post(sampling, `/api/publications/${publicationId}/approve`, {});
    const news = await signedIn('div-news');
    await post(news, `/api/publications/${publicationId}/approve`, {});

    const page = await signedIn('div-publicity-archives');
    await page.goto(url(`/publications/${publicationId}`));
    await page.getByRole('button', { name: '公布', exact: true }).first().click();
    const dialog = await opened(page.getByRole('dialog'));
    const published = page.waitForResponse((r) => r.url().endsWith('/publish') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: '公布', exact: true }).click();
    expect((await published).status()).toBe(200);
    await page.goto(url(eventPath));
    await page.getByTestId('responses').getByText('已公布').waitFor();

    // A new visitor (the first one's browser may keep the list it cached: public pages are cacheable).
    const reader = await freshPage();
    await reader.goto(url('/public/warnings'));
    await reader.getByRole('link', { name: `辟谣：${REBUTTAL}` }).click();
    await reader.waitForURL(new RegExp(`/public/warnings/${publicationId}$`));
    await reader.getByText('不会因此“致癌”', { exact: false }).waitFor();
    await screenshot(reader, 'opinion-public-rebuttal');
  });
});
