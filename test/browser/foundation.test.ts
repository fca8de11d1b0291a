/**
 * Foundation journeys in a real Chromium against the real server and built SPA: login, the
 * workbench, the organisation tree, user administration with the forced password change, logout.
 * Screenshots of each main step land in test-results/screens/.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  launchBrowser,
  login,
  menuLabels,
  newContext,
  screenshot,
  startServer,
  type TestServer,
} from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;

/** The number shown on a workbench count card (待办总数, 已逾期, 今日到期). */
async function countOn(page: Page, key: 'open' | 'overdue' | 'dueToday'): Promise<number> {
  const text = await page.getByTestId(`count-${key}`).innerText();
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`no number on the ${key} card: ${JSON.stringify(text)}`);
  return Number(match[0]);
}

/** A tree item by the exact name of its unit (the accessible name also carries the caret icon). */
function treeItem(page: Page, scope: Locator, unitName: string): Locator {
  return scope.getByRole('treeitem').filter({ has: page.getByTitle(unitName, { exact: true }) });
}

describeBrowser('foundation journeys in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async ({ task }) => {
    // A failed journey leaves a picture of every page it had open.
    if (task.result?.state === 'fail') {
      const pages = contexts.flatMap((c) => c.pages());
      const slug = task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 60);
      await Promise.all(pages.map((p, i) => screenshot(p, `FAILED-${slug}-${i}`).catch(() => undefined)));
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page in its own context (own cookies), closed after the test. */
  async function freshPage(): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    return context.newPage();
  }

  it('shows a Chinese login page and rejects a wrong password in place', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toContain('食品安全监检联动平台');
    expect(await page.getByRole('heading', { name: '食品安全监检联动平台' }).isVisible()).toBe(true);
    expect(await page.getByLabel('用户名', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('密码', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'login-page');

    await page.locator('#username').fill('county-510107');
    await page.locator('#password').fill('Wrong#2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('#username').inputValue()).toBe('county-510107');
    await screenshot(page, 'login-wrong-password');
  });

  it('lets a county officer see and complete the unit’s work items', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'county-510107');

    // The counts cards and the inbox.
    await page.getByTestId('count-open').getByText('待办总数').waitFor();
    await page.getByTestId('count-overdue').getByText('已逾期').waitFor();
    // The month's 321 meeting is in the inbox (it completes when the meeting is recorded); a
    // meeting's follow-up (落实风险研判措施) is completed here by hand.
    const meetings = page.getByRole('row').filter({ hasText: /召开.+风险研判会/ });
    await meetings.first().waitFor();
    const followUps = page.getByRole('row').filter({ hasText: /落实风险研判措施/ });
    await followUps.first().waitFor();
    const openBefore = await countOn(page, 'open');
    expect(openBefore).toBeGreaterThan(0);

    // Only the menus a bureau officer may use.
    const menu = await menuLabels(page);
    expect(menu).toContain('工作台');
    expect(menu).toContain('组织机构');
    expect(menu).not.toContain('用户管理');
    expect(menu).not.toContain('审计日志');
    await screenshot(page, 'county-workbench');

    // 办结 the first item through its Popconfirm.
    const row = followUps.first();
    // The cell's first line is the item's title; the links to its record follow on their own line.
    const title = (await row.getByRole('cell').first().innerText()).trim().split('\n')[0].trim();
    await row.getByRole('button', { name: '办结', exact: true }).click();
    await page.getByText('确认该事项已办结？').waitFor();
    await screenshot(page, 'county-complete-confirm');
    await page.getByRole('button', { name: '确定', exact: true }).click();

    await page.getByRole('row').filter({ hasText: title }).waitFor({ state: 'detached' });
    await expect.poll(() => countOn(page, 'open'), { timeout: 60_000 }).toBe(openBefore - 1);
    await screenshot(page, 'county-workbench-after-complete');

    // It is now among the done items.
    await page.getByText('已办', { exact: true }).click();
    const doneRow = page.getByRole('row').filter({ hasText: title });
    await doneRow.getByText('已办结', { exact: true }).waitFor();
  });

  it('browses the organisation tree down to a county bureau and its duties', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'county-510107');
    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.getByRole('heading', { name: '组织机构', exact: true }).waitFor();

    const tree = page.getByRole('tree');
    await treeItem(page, tree, '四川省市场监督管理局').waitFor();
    const chengdu = treeItem(page, tree, '成都市市场监督管理局');
    await chengdu.waitFor();
    const wuhou = treeItem(page, tree, '成都市武侯区市场监督管理局');
    expect(await wuhou.count()).toBe(0); // collapsed at first

    await chengdu.getByRole('img', { name: 'caret-down' }).click();
    await wuhou.waitFor();
    expect(await chengdu.getAttribute('aria-expanded')).toBe('true');

    await wuhou.getByTitle('成都市武侯区市场监督管理局', { exact: true }).click();
    const details = page.getByRole('main').locator('.ant-card').filter({ hasText: '职责' });
    await details.getByText('第二十三条').waitFor();
    expect(await details.getByText('成都市市场监督管理局', { exact: true }).isVisible()).toBe(true); // 上级单位
    expect(await details.getByText('510107', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'org-tree-wuhou');
  });

  it('lets the admin create a user who must change the initial password at first login', { timeout: TEST_TIMEOUT }, async () => {
    const admin = await freshPage();
    await login(admin, server.baseUrl, 'admin');
    const menu = await menuLabels(admin);
    expect(menu).toEqual(expect.arrayContaining(['用户管理', '角色权限', '审计日志']));

    await admin.getByRole('menuitem', { name: '用户管理' }).click();
    await admin.getByRole('heading', { name: '用户管理', exact: true }).waitFor();
    await admin.getByRole('button', { name: '新建用户' }).click();
    const form = admin.getByRole('dialog', { name: '新建用户' });
    await form.waitFor();

    const username = 'wuhou-zhangwei';
    const displayName = '张伟';
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill(displayName);
    // Unit: search the tree picker and choose the county bureau. Under load a click can land
    // while the list is still moving, so choose until the field shows the unit (a few tries),
    // then leave the field so its list closes and cannot cover the next one.
    const unitPopup = admin.locator('.ant-select-dropdown:visible');
    // The chosen unit's name shows inside the field (the list itself is portalled out of the form).
    const unitChosen = form.locator('.ant-select').filter({ hasText: '成都市武侯区市场监督管理局' });
    for (let attempt = 0; attempt < 5 && (await unitChosen.count()) === 0; attempt++) {
      if ((await unitPopup.count()) === 0) {
        await form.getByLabel('所属单位').click();
        await admin.keyboard.type('武侯区');
      }
      await unitPopup.getByTitle('成都市武侯区市场监督管理局', { exact: true }).click({ timeout: 5_000 }).catch(() => undefined);
      await unitChosen.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await unitChosen.waitFor({ timeout: 5_000 });
    if ((await unitPopup.count()) > 0) await form.getByLabel('姓名').click();
    await expect.poll(async () => admin.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 }).toBe(0);
    // Role: one from the multiple select. A click that lands while the list is still animating
    // open can miss, so choose until the chosen role's tag shows (at most a few tries).
    const rolePopup = admin.locator('.ant-select-dropdown').filter({ hasText: '市县局工作人员' });
    const chosenRole = form.locator('.ant-select-selection-item').filter({ hasText: '市县局工作人员' });
    for (let attempt = 0; attempt < 5 && (await chosenRole.count()) === 0; attempt++) {
      if (!(await rolePopup.isVisible())) await form.getByLabel('角色').click();
      await rolePopup.locator('.ant-select-item-option').filter({ hasText: '市县局工作人员' }).click({ timeout: 5_000 }).catch(() => undefined);
      await chosenRole.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await chosenRole.waitFor({ timeout: 5_000 });
    await admin.keyboard.press('Escape'); // closes the role list, not the modal
    await rolePopup.waitFor({ state: 'hidden' });
    await screenshot(admin, 'admin-new-user-form', { fullPage: false });
    await form.getByRole('button', { name: '保存', exact: true }).click();

    const issued = admin.getByRole('dialog', { name: '初始密码' });
    await issued.getByText(`用户 ${username} 的初始密码：`).waitFor();
    const initialPassword = (await issued.getByTestId('initial-password').innerText()).trim();
    expect(initialPassword.length).toBeGreaterThanOrEqual(8);
    await form.waitFor({ state: 'hidden' }); // the form modal has finished closing
    await screenshot(admin, 'admin-initial-password', { fullPage: false });
    await issued.getByRole('button').filter({ hasText: '关闭' }).click();
    await issued.waitFor({ state: 'hidden' });
    // 200-odd demo accounts: find the new one by searching.
    await admin.getByRole('searchbox', { name: '搜索用户名或姓名' }).fill(username);
    await admin.getByRole('searchbox', { name: '搜索用户名或姓名' }).press('Enter');
    const userRow = admin.getByRole('row').filter({ hasText: username });
    await userRow.getByText('待改密', { exact: true }).waitFor();
    expect(await userRow.getByText('成都市武侯区市场监督管理局').isVisible()).toBe(true);

    // The new user, in a browser of their own, is sent to change the password first.
    const user = await freshPage();
    await user.goto(`${server.baseUrl}/login`);
    await user.locator('#username').fill(username);
    await user.locator('#password').fill(initialPassword);
    await user.getByRole('button', { name: '登录', exact: true }).click();
    await user.getByRole('heading', { name: '修改密码', exact: true }).waitFor();
    expect(new URL(user.url()).pathname).toBe('/change-password');
    await user.getByText('首次登录或密码已被重置，请先修改密码后再使用平台。').waitFor();
    await screenshot(user, 'new-user-forced-change-password');

    const newPassword = 'Wuhou#Safe2026';
    await user.getByLabel('当前密码', { exact: true }).fill(initialPassword);
    await user.getByLabel('新密码', { exact: true }).fill(newPassword);
    await user.getByLabel('确认新密码', { exact: true }).fill(newPassword);
    await user.getByRole('button', { name: '确认修改', exact: true }).click();
    await user.getByRole('heading', { name: '工作台', exact: true }).waitFor();
    expect(new URL(user.url()).pathname).toBe('/');
    expect((await user.getByTestId('me-name').innerText()).trim()).toBe(displayName);
    await screenshot(user, 'new-user-workbench');
  });

  it('logs out from the user menu and ends the session', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'leader');
    expect((await page.context().request.get(`${server.baseUrl}/api/me`)).status()).toBe(200);

    await page.getByTestId('me-name').click();
    await page.getByRole('menuitem', { name: '退出登录', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.locator('#username').waitFor();
    await screenshot(page, 'after-logout');

    expect((await page.context().request.get(`${server.baseUrl}/api/me`)).status()).toBe(401);
    // Back to the app: the SPA sends the visitor to the login page again.
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
