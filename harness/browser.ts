/**
 * Headless Chromium for browser tests: Debian's chromium driven by
 * playwright-core (Playwright cannot download its own browser here). Where no
 * browser is installed the tests are skipped with a loud message, except under
 * CI, where that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

export const chromiumPath: string | undefined = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath) {
  const message = 'BROWSER TESTS SKIPPED: no Chromium found (install Debian\'s "chromium" package, or set CHROMIUM_PATH).';
  if (process.env['CI']) throw new Error(`${message} Under CI this is a failure: .ci/run installs it.`);
  process.stderr.write(`\n*** ${message} ***\n\n`);
}

/** A fresh headless browser (Playwright gives each launch a new, empty profile). */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
