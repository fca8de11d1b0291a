/**
 * A 321 meeting's notice follow-up in a real Chromium: 协调处 opens the leading-group meeting's
 * 发送风险研判通报 item from the workbench, the compose drawer comes filled from the meeting, it
 * sends; the notice links back to the meeting, whose page lists the notice and shows the follow-up
 * done. Screenshots land in test-results/screens/meeting-notice-*.png.
 */

import { expect, it } from 'vitest';
import { describeBrowser, login, screenshot, useJourney } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;

describeBrowser('a meeting notice follow-up is answered from the compose drawer', () => {
  const journey = useJourney('meeting-notice');

  it('协调处 sends the notice drafted from the meeting; the meeting lists it', { timeout: TEST_TIMEOUT }, async () => {
    const page = await journey.freshPage();
    await login(page, journey.server.baseUrl, 'div-coordination');
    const item = page.getByRole('link', { name: /发送风险研判通报/ }).first();
    await item.waitFor();
    await item.click();
    const drawer = page.getByRole('dialog', { name: '发送信息通报' });
    await drawer.getByText('已根据风险研判活动起草').waitFor();
    await expect.poll(() => drawer.getByLabel('正文').inputValue(), { timeout: 60_000 }).toContain('研判发现的风险');
    await expect(drawer.getByLabel('标题').inputValue()).resolves.toContain('研判情况的通报');
    await screenshot(page, 'meeting-notice-compose', { fullPage: false });
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/notices') && r.request().method() === 'POST');
    await drawer.getByRole('button', { name: '发送', exact: true }).click();
    expect((await sent).status()).toBe(201);
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    const back = page.locator('.ant-descriptions-item-content').getByRole('link', { name: '查看风险研判活动' });
    await back.click();
    await page.getByText('据此发出的通报').waitFor();
    await expect(page.getByRole('row', { name: /发送通报/ }).getByText('已办结').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'meeting-notice-meeting');
  });
});
