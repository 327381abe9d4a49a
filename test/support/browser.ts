import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './test-app';
import { ensureWebBuild } from './web-build';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
const SCREENSHOTS = join(__dirname, '../../test-output/screenshots');

/** Debian's Chromium with the flags that keep it from reaching for hosts it cannot reach (stack-notes.md). */
const LAUNCH_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WebTest {
  testApp: TestApp;
  browser: Browser;
  baseUrl: string;
  /** A fresh context (its own cookies and IndexedDB) of the given size, in Vietnamese by default. */
  context(viewport: { width: number; height: number }, locale?: string): Promise<BrowserContext>;
  /** A screenshot under test-output/screenshots/<name>.png, of the whole page. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** The real application listening on a free port, with the built web app, and one Chromium for the file. */
export async function startWebTest(): Promise<WebTest> {
  await ensureWebBuild();
  const testApp = await createTestApp();
  await testApp.app.listen(0, '127.0.0.1');
  const { port } = testApp.app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // launch() gives the browser a fresh temporary profile (--user-data-dir) of its own, deleted on close.
    args: LAUNCH_FLAGS,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    testApp,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    context: async (viewport, locale = 'vi-VN') => {
      const context = await browser.newContext({ viewport, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
      // Well within jest's timeout, so a step that never happens fails with what it waited for.
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context;
    },
    screenshot: async (page, name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await testApp.close();
    },
  };
}
