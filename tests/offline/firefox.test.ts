/**
 * The offline copy in Firefox (Debian's firefox-esr, driven over WebDriver
 * BiDi), opened from disk: pages, links, anchors, search and a filter, and
 * no request outside the folder. Run after `npm run build`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../harness/dist.js';
import { type Firefox, firefoxPath, launchFirefox } from '../../harness/firefox.js';

if (!firefoxPath) {
  const message = 'FIREFOX TESTS SKIPPED: no Firefox found (install Debian\'s "firefox-esr" package, or set FIREFOX_PATH).';
  if (process.env['CI']) throw new Error(`${message} Under CI this is a failure: .ci/run installs it.`);
  process.stderr.write(`\n*** ${message} ***\n\n`);
}

const BASE = `${pathToFileURL(resolve('dist')).href}/`;
const DOC = 'quang-ngai-thuc-hien-ket-luan-92';

/** Wait in the page until the search has rendered, then give [status, result ids]. */
const RESULTS = `new Promise((done) => {
  const started = Date.now();
  (function poll() {
    const items = document.querySelectorAll('#ket-qua li > a');
    const status = document.getElementById('trang-thai').textContent;
    if (items.length > 0 || (status && !status.startsWith('Đang')) || Date.now() - started > 15000) {
      done([status, [...items].map((a) => a.href.includes('#') ? a.href.split('#')[1] : a.href.split('/').at(-2))]);
    } else setTimeout(poll, 100);
  })();
})`;

describe.skipIf(!firefoxPath)('the offline copy in Firefox, from disk', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    requireBuild();
    firefox = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
  });

  it('opens pages and follows links and anchors', async () => {
    await firefox.navigate(`${BASE}index.html`);
    expect(await firefox.evaluate<string>('document.querySelector("h1").textContent')).toBe('Văn bản chỉ đạo');
    const documentLink = await firefox.evaluate<string>(`[...document.querySelectorAll('a')].find((a) => a.textContent.startsWith('Công văn của Ban')).href`);
    expect(documentLink).toBe(`${BASE}van-ban/${DOC}/index.html`);
    await firefox.navigate(documentLink);
    const provisionLink = await firefox.evaluate<string>(`document.querySelector('#muc-2__gach-3 > .item > .body > details.copy a').href`);
    await firefox.navigate(provisionLink);
    expect(await firefox.evaluate<string>('document.querySelector("h1").textContent')).toBe('Mục 2, gạch đầu dòng thứ ba');
    await firefox.navigate(`${BASE}van-ban/${DOC}/index.html#muc-2__gach-3`);
    expect(await firefox.evaluate<string>(`document.querySelector(':target').id`)).toBe('muc-2__gach-3');
  }, 60_000);

  it('searches without diacritics, with "d" for "đ", and with a filter', async () => {
    await firefox.navigate(`${BASE}tim-kiem/index.html?q=${encodeURIComponent('giam ngheo da chieu')}`);
    expect((await firefox.evaluate<[string, string[]]>(RESULTS))[1].slice(0, 3)).toContain('muc-2__gach-1');
    await firefox.navigate(`${BASE}tim-kiem/index.html?q=${encodeURIComponent('dang doan hoi dong nhan dan')}`);
    expect((await firefox.evaluate<[string, string[]]>(RESULTS))[1].slice(0, 3)).toContain('muc-5');
    await firefox.navigate(`${BASE}tim-kiem/index.html?linh-vuc=${encodeURIComponent('Giáo dục')}`);
    expect((await firefox.evaluate<[string, string[]]>(RESULTS))[1].slice(0, 3)).toContain('muc-2__gach-3');
  }, 60_000);

  it('requests nothing outside the folder', async () => {
    // Firefox reports no file:// loads over BiDi, only network ones: so the
    // recorder is shown to work on one probe, which is then set aside.
    // (A port Firefox does not refuse outright, where nothing listens.)
    const probe = 'http://127.0.0.1:59999/probe-of-the-request-recorder';
    await firefox.evaluate(`fetch(${JSON.stringify(probe)}).catch(() => null)`);
    await new Promise((r) => setTimeout(r, 500));
    expect(firefox.requests).toContain(probe);
    const outside = firefox.requests.filter((url) => url !== probe && !url.startsWith(BASE) && !/^(?:data|about|resource|chrome|moz-extension):/.test(url));
    expect(outside).toEqual([]);
  });
});
