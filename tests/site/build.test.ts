/**
 * Building the site: two builds from the same input are byte-identical, and
 * text that looks like code is shown as text and runs nothing. Each case
 * builds its own site into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build.js';
import { chromiumPath, launch } from '../../harness/browser.js';
import { files } from '../../harness/dist.js';
import { serve } from '../../harness/serve.js';

const scratch = mkdtempSync(join(tmpdir(), 'site-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BIN = join('node_modules', '.bin');

/** Build a corpus from a content folder, then the site from it, into `out`. */
function build(content: string, out: string): void {
  const corpus = `${out}-corpus`;
  execFileSync(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpus, '--quiet'], { stdio: 'pipe' });
  astroBuild(corpus, out);
}

describe('site builds', () => {
  it('are byte-identical from the same input', () => {
    const a = join(scratch, 'a');
    const b = join(scratch, 'b');
    build('content', a);
    build('content', b);
    const listed = files(a);
    expect(files(b)).toEqual(listed);
    const different = listed.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
    expect(different).toEqual([]);
  }, 180_000);

  describe('of text that looks like code', () => {
    const content = join(scratch, 'hostile-content');
    const out = join(scratch, 'hostile');
    const slug = 'thu-chu-giong-ma';

    it('show it literally, escaped', () => {
      cpSync('content', content, { recursive: true });
      rmSync(join(content, 'directives'), { recursive: true });
      cpSync('tests/fixtures/site/hostile', join(content, 'directives', slug), { recursive: true });
      build(content, out);
      const page = readFileSync(join(out, 'van-ban', slug, 'index.html'), 'utf8');
      expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
      expect(page).toContain('{Astro.props} và {1+1}');
      expect(page).toContain('&lt;img src=x onerror=');
      expect(page).toContain('javascript:window.__pwned=3');
      expect(page).toContain('&lt;a href=');
      // Inside a quoted attribute value "<" is plain text; everywhere else it must be escaped.
      const outsideAttributes = page.replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes).not.toMatch(/<script>window|<img src=x|<a href="javascript:|<b>in đậm|<i>VT/);
      expect(page).toContain('content="Trích yếu <script>window.__pwned = 5</script> &quot;có ngoặc&quot;');
      for (const file of files(out).filter((f) => f.endsWith('.html'))) {
        expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/href="javascript:|onerror=["']?window/);
      }
    }, 120_000);

    it.skipIf(!chromiumPath)('run nothing in a browser', async () => {
      const server = await serve(out);
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        for (const path of [`/van-ban/${slug}/`, `/van-ban/${slug}/muc-1/`, `/van-ban/${slug}/muc-2/`, '/du-lieu/']) {
          await page.goto(server.url + path);
          expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
        }
        await page.goto(`${server.url}/van-ban/${slug}/`);
        await expect(page.locator('#muc-1').innerText()).resolves.toContain('<script>window.__pwned = 1</script>');
        expect(dialogs).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    }, 60_000);
  });
});
