/**
 * Browser-test helpers: the real server on a free port serving the built SPA, a headless
 * Chromium driven by playwright-core (never downloaded: the system one, or CHROME_PATH), and
 * the small steps every journey repeats (log in, take a screenshot).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestDatabase, DEMO_PASSWORD } from './test-database.js';

export { DEMO_PASSWORD };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const webDir = join(root, 'dist/web');
export const screensDir = join(root, 'test-results/screens');

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function browserAvailable(): boolean {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function skipMessage(): string {
  return (
    `browser tests skipped: ${chromiumPath()} not found (apt-get install chromium fonts-noto-cjk); ` +
    'set JJLD_REQUIRE_BROWSER=1 to require them'
  );
}

function requiredMessage(): string {
  return (
    `browser tests required (JJLD_REQUIRE_BROWSER=1) but ${chromiumPath()} not found: ` +
    'apt-get install chromium fonts-noto-cjk, or point CHROME_PATH at a Chromium'
  );
}

let skipNoticePrinted = false;

/**
 * `describe` for browser suites. Without Chromium the suite is skipped with one console line,
 * unless JJLD_REQUIRE_BROWSER=1, in which case it fails with one test that says what is missing.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (browserAvailable()) {
    describe(name, fn);
    return;
  }
  if (process.env.JJLD_REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(requiredMessage());
      });
    });
    return;
  }
  if (!skipNoticePrinted) {
    skipNoticePrinted = true;
    console.warn(skipMessage());
  }
  describe.skip(name, fn);
}

/**
 * Builds dist/web when it is missing or stale; throws with the build output if that fails.
 * The build must not inherit vitest's NODE_ENV=test: Vite would then bundle React and antd in
 * their development/test flavour (rc-util's useId answers "test-id", so every modal's
 * aria-labelledby points at a missing element and dialogs lose their accessible names).
 */
export function ensureWebBuild(): void {
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [join(root, 'scripts/ensure-web-build.mjs')], { cwd: root, env, encoding: 'utf8' });
  if (result.error || result.status !== 0 || !existsSync(join(webDir, 'index.html'))) {
    throw new Error(
      `could not build the web app into ${webDir} (node scripts/ensure-web-build.mjs exited ${result.status}):\n` +
        `${result.error?.message ?? ''}${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
}

/**
 * A private copy of dist/web for one server: a rebuild of the shared dist/web while a suite runs
 * (another `npm test`, `npm start` after an edit) would otherwise swap the hashed chunks under
 * the open pages, and the next lazily loaded page would 404.
 */
function snapshotWebBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jjld-web-'));
  cpSync(webDir, dir, { recursive: true });
  const index = join(dir, 'index.html');
  const referenced = existsSync(index) ? [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]) : [];
  const missing = existsSync(index) ? referenced.filter((f) => !existsSync(join(dir, f))) : ['index.html'];
  if (missing.length > 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${webDir} changed while it was copied (missing ${missing.join(', ')}); is another build running? Run the tests again.`);
  }
  return dir;
}

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The app on 127.0.0.1 and a free port, serving a private copy of the built SPA, over a fresh
 * demo database: in-memory PGlite, or a new PostgreSQL database when DATABASE_URL is set
 * (dropped on close).
 */
export async function startServer(): Promise<TestServer> {
  ensureWebBuild();
  const web = snapshotWebBuild();
  const removeWeb = () => rmSync(web, { recursive: true, force: true });
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  try {
    database = await createTestDatabase();
  } catch (error) {
    removeWeb();
    throw error;
  }
  const config = { ...loadConfig({}), demo: true, loginRateLimitPerMinute: 1000, webDir: web };
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    app = await buildApp(database, config, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await app?.close();
    await database.dispose();
    removeWeb();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const running = app;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await running.close();
      await database.dispose();
      removeWeb();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** A fresh context (own cookies) the way an official's desktop browser looks. */
/** Waits on state, never on time: on a loaded two-core machine a first page render has taken over 30 s, so each step gets 90 s. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(90_000);
  return context;
}

/** A page in a fresh context; closing the page's context is the caller's job (`page.context().close()`). */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await newContext(browser);
  return context.newPage();
}

/** Logs in through the login form and waits for the home page: the workbench, or a leader's province view (态势总览). */
export async function login(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '工作台', exact: true }).or(page.getByRole('heading', { name: '全省态势总览', exact: true })).waitFor();
}

/** The labels of the side menu's top-level items, once the menu has rendered. */
export async function menuLabels(page: Page): Promise<string[]> {
  const menu = page.getByRole('complementary').getByRole('menu');
  await menu.getByRole('menuitem').first().waitFor();
  return (await menu.getByRole('menuitem').allInnerTexts()).map((s) => s.trim());
}

/**
 * Saves a screenshot to test-results/screens/<name>.png and returns its path. Full page by
 * default; pass `fullPage: false` while a modal is open (its fixed mask covers only the viewport).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screensDir, { recursive: true });
  const path = join(screensDir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

/**
 * Picks `option` in an antd select and waits until `chosen` (what the choice shows, e.g. a field
 * that appears only for that option) is visible. On a loaded machine a click can land while the
 * dropdown is still moving into place and choose nothing; the pick is then repeated, on state.
 * `search`: text typed into the select first (a unit tree shows its nodes only when searched).
 */
export async function pickOption(page: Page, select: Locator, option: string, chosen: Locator, options: { search?: string; timeoutMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    await select.click();
    if (options.search) await select.fill(options.search);
    const item = page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first();
    try {
      await item.waitFor({ timeout: 15_000 });
      await item.click({ timeout: 15_000 });
      await chosen.waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      // Close a dropdown still open; with none open, Escape would close the drawer around the select.
      if (await page.locator('.ant-select-dropdown:visible').count()) await page.keyboard.press('Escape').catch(() => undefined);
    }
  }
}

/** Waits for a dialog to be open and done animating in (so a screenshot shows it whole). */
export async function opened(dialog: Locator): Promise<Locator> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length), { timeout: 10_000 }).toBe(0);
  return dialog;
}

/** A journey's server, browser and pages, set up by the hooks `useJourney` registers. */
export interface Journey {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page in a fresh context (its own cookies: one user), closed after the step. */
  freshPage(): Promise<Page>;
}

/**
 * Registers a journey's hooks inside its describe: the real server and a browser for the file, a
 * fresh context per page, and on a failed step a screenshot of every open page
 * (`FAILED-<name>-<i>.png`) before the step's contexts close.
 */
export function useJourney(name: string): Journey {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const pages = contexts.flatMap((c) => c.pages());
      await Promise.all(pages.map((p, i) => screenshot(p, `FAILED-${name}-${i}`, { fullPage: false }).catch(() => undefined)));
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    async freshPage() {
      const context = await newContext(browser);
      contexts.push(context);
      return context.newPage();
    },
  };
}
