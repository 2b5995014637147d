/**
 * Debian's Firefox ESR for browser tests, driven by puppeteer-core over
 * WebDriver BiDi (Playwright can only drive its own patched Firefox, which
 * cannot be downloaded here). A fresh profile each launch; every request the
 * page makes is recorded; every call has a timeout, so a stuck browser fails
 * a test instead of hanging it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const firefoxPath: string | undefined = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => Boolean(p) && existsSync(p!));

export interface Firefox {
  navigate(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  requests: string[];
  close(): Promise<void>;
}

/** Generous: under a loaded machine (OCR tests run beside it) Firefox starts slowly. */
const TIMEOUT = 60_000;

export async function launchFirefox(): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath!,
    headless: true,
    userDataDir: profile,
    timeout: TIMEOUT,
    protocolTimeout: TIMEOUT,
    // Nothing from outside: no updates, telemetry or remote settings.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return {
    requests,
    navigate: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
