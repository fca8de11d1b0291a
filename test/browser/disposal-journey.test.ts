/**
 * The disposal journey in a real Chromium against the real server and built SPA: the sampling
 * division imports a national notice, which opens disposals; a county officer takes the result
 * notice from the inbox, records the notice and the five in place through the step forms (with
 * photo evidence), downloads the 检验结果通知书 and requests closing; a leader of the county
 * bureau approves it, and the county's inbox no longer holds the disposal.
 * Screenshots of each step land in test-results/screens/disposal-*.png.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, describeBrowser, launchBrowser, login, newContext, opened, screenshot, startServer, type TestServer } from '../helpers/browser.js';

/** Ticks an antd checkbox or radio; under load a click can land during a re-render, so retry until it reports checked. */
async function tick(control: Locator) {
  for (let attempt = 0; attempt < 5 && !(await control.isChecked()); attempt++) {
    await control.click({ force: attempt > 0 });
    await expect.poll(() => control.isChecked(), { timeout: 2_000 }).toBe(true).catch(() => undefined);
  }
  expect(await control.isChecked()).toBe(true);
}

const TEST_TIMEOUT = 300_000;
const SAMPLE_NO = 'DBJ2551000028300101';
const LEADER = 'wuhou-leader';
const LEADER_PASSWORD = 'Wuhou#Leader2026';

/** A 1×1 PNG: the photo evidence of the risk control. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Ten days ago in Shanghai, as the import's default sampling date (the national notice has none). */
function samplingDate(): string {
  return new Date(Date.now() + 8 * 3600_000 - 10 * 86_400_000).toISOString().slice(0, 10);
}

/** JSON calls as a non-browser client: the session cookie, and the CSRF token for good measure. */
async function apiSession(baseUrl: string, username: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const reply = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await reply.text();
    if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** A leader of 成都市武侯区市场监督管理局, created by the administrator, with the first password changed. */
async function createWuhouLeader(baseUrl: string): Promise<void> {
  const admin = await apiSession(baseUrl, 'admin', DEMO_PASSWORD);
  const units = await admin<{ id: string; kind: string; regionCode: string | null }[]>('GET', '/api/org-units');
  const wuhou = units.find((u) => u.kind === 'county_bureau' && u.regionCode === '510107');
  if (!wuhou) throw new Error('no 武侯区 bureau in the organisation');
  const created = await admin<{ initialPassword: string }>('POST', '/api/users', { username: LEADER, displayName: '王局长', unitId: wuhou.id, roles: ['leader'] });
  const leader = await apiSession(baseUrl, LEADER, created.initialPassword);
  await leader('POST', '/api/auth/change-password', { currentPassword: created.initialPassword, newPassword: LEADER_PASSWORD });
}

/** Opens a step's form from its 登记 button and returns the dialog. */
async function openStepForm(page: Page, kind: string, title: string): Promise<Locator> {
  await page.getByTestId(`step-${kind}`).getByRole('button', { name: '登记', exact: true }).click();
  return opened(page.getByRole('dialog', { name: `登记：${title}` }));
}

/** Waits until no modal (nor its fading mask) covers the page, for a clean screenshot. */
async function noModal(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-modal-mask:visible').count(), { timeout: 10_000 }).toBe(0);
}

/** Saves a step's form and waits until the step shows as done. */
async function saveStep(page: Page, dialog: Locator, kind: string): Promise<void> {
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId(`step-title-${kind}`).getByText('已完成', { exact: true }).waitFor();
}

describeBrowser('a county officer works a disposal from the inbox to closure', () => {
  let server: TestServer;
  let browser: Browser;
  let disposalPath = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await createWuhouLeader(server.baseUrl);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const pages = contexts.flatMap((c) => c.pages());
      const slug = task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 40);
      await Promise.all(pages.map((p, i) => screenshot(p, `FAILED-disposal-${slug}-${i}`, { fullPage: false }).catch(() => undefined)));
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage(): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    return context.newPage();
  }

  it('the sampling division imports a national notice, which opens disposals', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'div-sampling');
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByRole('heading', { name: '数据导入', exact: true }).waitFor();

    await page.locator('input[type=file]').setInputFiles('test/fixtures/imports/national-notice.xlsx');
    // Tab, not Enter: Enter in a field submits the form (as a preview).
    await page.getByLabel('默认抽样日期').fill(samplingDate());
    await page.getByLabel('默认抽样日期').press('Tab');
    expect(await page.getByLabel('默认抽样日期').inputValue()).toBe(samplingDate());
    await page.getByText('仅预览（不写入）').click(); // a real import
    await page.getByRole('button', { name: '开始导入', exact: true }).click();

    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-disposalsOpened').innerText()).toContain('4');
    await screenshot(page, 'disposal-01-import-summary');
  });

  it('the county officer records the notice and the five in place, with evidence, and requests closing', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'county-510107');

    // The result notice waits in the inbox; its title opens the disposal.
    const item = page.getByRole('link', { name: new RegExp(`^送达检验结果通知书（.+${SAMPLE_NO}）$`) });
    await item.waitFor();
    await screenshot(page, 'disposal-02-inbox');
    await item.click();
    await page.getByRole('heading', { name: `核查处置 ${SAMPLE_NO}` }).waitFor();
    disposalPath = new URL(page.url()).pathname;
    expect(disposalPath).toMatch(/^\/disposals\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('disposal-countdown').innerText()).toMatch(/剩余 \d+天 \d{2}:\d{2}:\d{2}/);
    // The five in place wait for the notice.
    expect(await page.getByTestId('step-riskControl').getByRole('button', { name: '登记', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'disposal-03-detail');

    // 送达: the sampled party is proposed as the addressee.
    let form = await openStepForm(page, 'notice', '检验结果通知书送达');
    expect(await form.getByLabel('送达对象').inputValue()).toContain('武侯区');
    await form.getByLabel('情况说明').fill('已向被抽样单位直接送达检验报告和检验结果通知书');
    await screenshot(page, 'disposal-04-notice-form', { fullPage: false });
    await saveStep(page, form, 'notice');

    // 风险控制: a recall needs its level (checked in Chinese before anything is sent).
    form = await openStepForm(page, 'riskControl', '风险控制到位');
    await tick(form.getByRole('checkbox', { name: '下架' }));
    await tick(form.getByRole('checkbox', { name: '召回' }));
    await form.getByLabel('封存数量').fill('36');
    await form.getByLabel('数量单位').fill('kg');
    await form.getByLabel('情况说明').fill('责令下架并封存同批次产品，通知标称生产企业召回');
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await form.getByText('实施召回的，请选择召回级别').waitFor();
    await screenshot(page, 'disposal-05-risk-control-validation', { fullPage: false });
    await tick(form.getByRole('radio', { name: '三级' }));
    await saveStep(page, form, 'riskControl');
    expect(await page.getByTestId('step-riskControl').innerText()).toContain('36kg');

    // Photo evidence of the sealing.
    await page.getByTestId('upload-riskControl').locator('input[type=file]').setInputFiles({ name: '封存现场.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('step-riskControl').getByText('封存现场.png').waitFor();

    form = await openStepForm(page, 'causeInvestigation', '原因排查到位');
    await form.getByLabel('不合格原因').fill('未严格落实进货查验记录制度，供货方产品农药残留超标');
    await form.getByLabel('情况说明').fill('经查，系进货查验不严所致');
    await saveStep(page, form, 'causeInvestigation');

    form = await openStepForm(page, 'rectification', '整改落实到位');
    await form.getByLabel('整改措施').fill('建立进货查验台账、更换供货商、开展从业人员培训');
    await tick(form.getByRole('checkbox', { name: '已现场核查整改效果' }));
    await form.getByLabel('情况说明').fill('企业已整改，复查合格');
    await saveStep(page, form, 'rectification');

    form = await openStepForm(page, 'penalty', '行政处罚到位');
    await form.getByLabel('案件编号').fill('武市监罚〔2026〕18号');
    await form.getByLabel('罚没金额（元）').fill('5000');
    await form.getByLabel('情况说明').fill('已立案调查并作出行政处罚决定');
    await saveStep(page, form, 'penalty');

    form = await openStepForm(page, 'disclosure', '信息公开到位');
    await form.getByLabel('公开渠道').fill('成都市武侯区市场监督管理局门户网站');
    await form.getByLabel('情况说明').fill('处置结果已在本局门户网站公开');
    await saveStep(page, form, 'disclosure');
    await noModal(page);
    await screenshot(page, 'disposal-06-steps-done');

    // 检验结果通知书 as .docx, named by the server.
    await page.getByRole('button', { name: '生成文书', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /^检验结果通知书/ }).click();
    expect((await download).suggestedFilename()).toBe(`检验结果通知书-${SAMPLE_NO}.docx`);

    // The 协查 to 彭州 got no answer: the county closes it with the reason, or the disposal cannot close.
    await page.getByRole('button', { name: '关闭协查', exact: true }).click();
    const closeDialog = await opened(page.getByRole('dialog', { name: '关闭协查' }));
    await closeDialog.getByLabel('关闭理由').fill('彭州市局逾期未回复，已电话核实涉事批次已召回');
    await closeDialog.getByRole('button', { name: '关闭协查', exact: true }).click();
    await closeDialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: /彭州市局逾期未回复/ }).first().waitFor();

    await page.getByRole('button', { name: '申请结案', exact: true }).click();
    await page.getByRole('button', { name: '确定', exact: true }).click();
    await page.getByText('已申请结案，待本单位领导审批').waitFor();
    expect(await page.getByRole('button', { name: '申请结案', exact: true }).count()).toBe(0);
    await screenshot(page, 'disposal-07-closing-requested');
  });

  it('a leader of the county bureau approves the closing, and the inbox is clear of it', { timeout: TEST_TIMEOUT }, async () => {
    expect(disposalPath).not.toBe('');
    const page = await freshPage();
    await login(page, server.baseUrl, LEADER, LEADER_PASSWORD);
    const item = page.getByRole('link', { name: `审批核查处置结案（${SAMPLE_NO}）` });
    await item.waitFor();
    await item.click();
    await page.getByRole('heading', { name: `核查处置 ${SAMPLE_NO}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(disposalPath);

    await page.getByRole('button', { name: '审批结案', exact: true }).click();
    const dialog = await opened(page.getByRole('dialog', { name: '审批结案' }));
    await dialog.getByLabel('审批意见').fill('五个到位已全部落实，同意结案');
    await screenshot(page, 'disposal-08-approve', { fullPage: false });
    await dialog.getByRole('button', { name: '审批结案', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('disposal-status').getByText('已结案', { exact: true }).waitFor();
    await noModal(page);
    expect(await page.getByRole('button', { name: '审批结案', exact: true }).count()).toBe(0);
    await screenshot(page, 'disposal-09-closed');

    // The county officer's inbox holds nothing of the disposal any more. The sample's own
    // 补录陪同执法人员 item (the file carried no accompanying officer, art. 23) is not the
    // disposal's and rightly stays until someone records the officer.
    const county = await freshPage();
    await login(county, server.baseUrl, 'county-510107');
    await county.getByTestId('count-open').getByText('待办总数').waitFor();
    await county.locator('.ant-table-row').first().waitFor();
    expect(await county.getByRole('row').filter({ hasText: SAMPLE_NO, hasNotText: '陪同执法人员' }).count()).toBe(0);
    await county.getByText('已办', { exact: true }).click();
    await county.getByRole('row').filter({ hasText: SAMPLE_NO }).first().waitFor();
    await screenshot(county, 'disposal-10-county-inbox-after');
  });
});
