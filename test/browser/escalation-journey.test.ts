/**
 * The escalation journey in a real Chromium against the real server and built SPA: the sampling
 * division imports a national notice in which one supermarket fails a third time this year; the
 * rules fire an escalation (督办) owned by 经营处 and assigned to 成都市局; the city bureau opens
 * it from its inbox, sees the three samples behind it, files a case (立案查处) from it and reports
 * its handling; 经营处 closes it from the board.
 * Screenshots land in test-results/screens/escalation-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { NATIONAL_HEADER } from '../fixtures/make-fixtures.js';
import { describeBrowser, launchBrowser, login, newContext, opened, screenshot, startServer, type TestServer } from '../helpers/browser.js';

const TEST_TIMEOUT = 300_000;
const SHOP = '成都市武侯区鑫源副食超市';

/** Ten days ago in Shanghai, as the import's default sampling date (the national notice has none). */
function samplingDate(): string {
  return new Date(Date.now() + 8 * 3600_000 - 10 * 86_400_000).toISOString().slice(0, 10);
}

/** A national-notice CSV: three failed batches from the same supermarket, each from a different producer. */
function repeatOffenderCsv(dir: string): string {
  const rows = ['甲', '乙', '丙'].map((p, i) =>
    [i + 1, `四川${p}农业开发有限公司`, `四川省成都市彭州市${p}镇${i + 1}号`, SHOP, '四川省成都市武侯区鑫源路8号', '四川', '芹菜', '/', '/', '2025-04-12', '/',
      '毒死蜱', '0.12mg/kg', '≤0.05mg/kg', '/', '', '四川省食品检验研究院', '芹菜', `DBJ26510000ESC0${i + 1}`].join(','),
  );
  const path = join(dir, 'repeat-offender.csv');
  writeFileSync(path, [NATIONAL_HEADER.join(','), ...rows].join('\r\n') + '\r\n');
  return path;
}

describeBrowser('a repeat offender: import → escalation → case → closed', () => {
  let server: TestServer;
  let browser: Browser;
  let dir: string;
  let escalationPath = '';
  let caseNo = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jjld-escalation-'));
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const pages = contexts.flatMap((c) => c.pages());
      const slug = task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 40);
      await Promise.all(pages.map((p, i) => screenshot(p, `FAILED-escalation-${slug}-${i}`, { fullPage: false }).catch(() => undefined)));
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function freshPage(): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    return context.newPage();
  }

  it('the sampling division imports the notice; the third failure fires an escalation', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'div-sampling');
    await page.getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByRole('heading', { name: '数据导入', exact: true }).waitFor();
    await page.locator('input[type=file]').setInputFiles(repeatOffenderCsv(dir));
    await page.getByLabel('默认抽样日期').fill(samplingDate());
    await page.getByLabel('默认抽样日期').press('Tab');
    await page.getByText('仅预览（不写入）').click();
    await page.getByRole('button', { name: '开始导入', exact: true }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-disposalsOpened').innerText()).toContain('3');
    expect(await page.getByTestId('import-escalationsCreated').innerText()).toContain('1');
    await screenshot(page, 'escalation-01-import-summary');
  });

  it('the city bureau opens it from the inbox, sees why, files a case and reports its handling', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'city-510100');
    const item = page.getByRole('link', { name: new RegExp(`^督办：${SHOP}`) });
    await item.waitFor();
    await item.click();
    await page.getByRole('heading', { name: `督办：${SHOP}` }).waitFor();
    escalationPath = new URL(page.url()).pathname;
    expect(escalationPath).toMatch(/^\/escalations\/[0-9a-f-]{36}$/);
    // The why: the three batches, each counted.
    for (const n of [1, 2, 3]) await page.getByRole('link', { name: `DBJ26510000ESC0${n}` }).waitFor();
    await screenshot(page, 'escalation-02-detail');

    await page.getByRole('button', { name: '立案查处' }).click();
    const caseForm = await opened(page.getByRole('dialog', { name: '立案查处' }));
    expect(await caseForm.getByLabel('当事人').inputValue()).toContain(SHOP);
    await screenshot(page, 'escalation-03-open-case');
    await caseForm.getByRole('button', { name: '立案', exact: true }).click();
    const heading = page.getByRole('heading', { name: /^稽查案件 / });
    await heading.waitFor();
    caseNo = (await heading.innerText()).replace('稽查案件 ', '').trim();
    expect(caseNo.length).toBeGreaterThan(4);
    expect(new URL(page.url()).pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await screenshot(page, 'escalation-04-case');

    await page.goto(`${server.baseUrl}${escalationPath}`);
    await page.getByRole('heading', { name: `督办：${SHOP}` }).waitFor();
    await page.getByText(caseNo).first().waitFor();
    await page.getByRole('button', { name: '报送办理情况' }).click();
    const report = await opened(page.getByRole('dialog', { name: '报送办理情况' }));
    await report.getByLabel('办理情况').fill('已对该超市开展监督检查，责令下架封存同批次芹菜，约谈负责人，并已立案调查。');
    await report.getByRole('button', { name: '报送办理情况', exact: true }).click();
    await report.waitFor({ state: 'hidden' });
    await page.getByText('已报送待审核').first().waitFor();
    await screenshot(page, 'escalation-05-reported');
  });

  it('经营处 finds it on its board and closes it', { timeout: TEST_TIMEOUT }, async () => {
    const page = await freshPage();
    await login(page, server.baseUrl, 'div-distribution');
    await page.getByRole('menuitem', { name: '督办' }).click();
    await page.getByRole('heading', { name: '督办', exact: true }).waitFor();
    await page.getByRole('link', { name: SHOP }).waitFor();
    await screenshot(page, 'escalation-06-board');
    await page.getByRole('link', { name: SHOP }).click();
    await page.getByRole('heading', { name: `督办：${SHOP}` }).waitFor();
    await page.getByRole('button', { name: '结案', exact: true }).click();
    const close = await opened(page.getByRole('dialog', { name: '督办结案' }));
    await close.getByLabel('结案意见').fill('已立案查处，整改到位，同意结案');
    await close.getByRole('button', { name: '结案', exact: true }).click();
    await close.waitFor({ state: 'hidden' });
    await page.getByText('已结案').first().waitFor();
    await screenshot(page, 'escalation-07-closed');
  });
});
