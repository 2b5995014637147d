/**
 * What portals show first: a document's Thuộc tính (type, number, date,
 * issuer, signer …) at the top of its page, open beside the title on a wide
 * screen and folded under its one-line summary on a phone; Hiệu lực from the
 * document's own words, never guessed; downloads saved under a name that
 * says what they are. Run after `npm run build` (the seed site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, launch } from '../../harness/browser.js';
import { requireBuild } from '../../harness/dist.js';
import { serve } from '../../harness/serve.js';
import { effectOf } from '../../src/site/effect.js';
import { downloadName } from '../../src/site/files.js';
import type { DirectiveDocument } from '../../src/schemas/document.js';

const DOC = 'quang-ngai-thuc-hien-ket-luan-92';

describe('a document page, first things first', () => {
  it('puts the Thuộc tính before the text', () => {
    requireBuild();
    const html = readFileSync(join('dist', 'van-ban', DOC, 'index.html'), 'utf8');
    expect(html.indexOf('id="thong-tin"')).toBeGreaterThan(0);
    expect(html.indexOf('id="thong-tin"')).toBeLessThan(html.indexOf('id="toan-van"'));
    expect(html).toMatch(/<strong>Hiệu lực:<\/strong> chưa xác minh\./u);
  });

  it('reads Hiệu lực from the document\'s own words, and the day of signing where it is known', () => {
    const base = { meta: { date: '2026-03-02' }, closing: [], provisions: [] } as unknown as DirectiveDocument;
    const saying = (text: string) => ({ ...base, closing: [{ text }] }) as unknown as DirectiveDocument;
    expect(effectOf(saying('Quy chế này có hiệu lực kể từ ngày ký.'))).toEqual({ words: 'có hiệu lực kể từ ngày ký', date: '2026-03-02' });
    expect(effectOf(saying('Kế hoạch có hiệu lực từ ngày 01/7/2026.'))?.date).toBe('2026-07-01');
    expect(effectOf(saying('Đề nghị các đơn vị thực hiện.'))).toBeNull();
    expect(effectOf({ ...saying('… có hiệu lực kể từ ngày ký.'), meta: { date: null } } as unknown as DirectiveDocument)?.date).toBeNull();
  });

  it('gives the document its field (Lĩnh vực), in the Thuộc tính and as a way into the catalogue', () => {
    requireBuild();
    const html = readFileSync(join('dist', 'van-ban', DOC, 'index.html'), 'utf8');
    expect(html).toMatch(/<th scope="row">Lĩnh vực<\/th>\s*<td>\s*Văn hóa – Xã hội\s*<br ?\/?>\s*<small class="muted">Xác định theo lời văn bản \(“chính sách xã hội”/u);
    const facet = readFileSync(join('dist', 'danh-muc', 'linh-vuc', 'van-hoa-xa-hoi', 'index.html'), 'utf8');
    expect(facet).toContain('Lĩnh vực: Văn hóa – Xã hội');
  });

  it('names a download by what it is', () => {
    expect(downloadName({ slug: 'x', meta: { documentType: 'Công văn', number: '9387/UBND-KT', date: '2026-09-12' } }, 'pdf')).toBe('Cong-van-9387-UBND-KT-2026-09-12.pdf');
    expect(downloadName({ slug: 'cong-van-dang-uy', meta: { documentType: 'Công văn', number: null, date: null } }, 'txt')).toBe('cong-van-dang-uy.txt');
  });

  describe.skipIf(!chromiumPath)('in a browser', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      requireBuild();
      server = await serve('dist');
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the Thuộc tính open on a wide screen and folded on a phone, until tapped', async () => {
      const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await wide.goto(`${server.url}/van-ban/${DOC}/`);
      expect(await wide.locator('#thong-tin table.meta').isVisible()).toBe(true);
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${server.url}/van-ban/${DOC}/`);
      expect(await phone.locator('#thong-tin table.meta').isVisible()).toBe(false);
      await phone.locator('#thong-tin > summary').click();
      expect(await phone.locator('#thong-tin table.meta').isVisible()).toBe(true);
      await wide.close();
      await phone.close();
    });
  });
});
