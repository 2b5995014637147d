/**
 * The built site, read as files: every page type exists, every internal link
 * and anchor resolves, nothing is requested from outside, the HTML validates,
 * pages stay within their weight budget, and the downloads are what they say.
 * Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/schemas/corpus.js';
import { attributes, DIST, files, html, ids, PAGE_TYPES, requireBuild } from '../../harness/dist.js';

beforeAll(() => requireBuild());

const pages = () => files().filter((f) => f.endsWith('.html'));

/** The file a site-relative address points to ("/co-quan/" → co-quan/index.html). */
function target(from: string, href: string): { file: string; hash: string } | null {
  const url = new URL(href, `http://site/${from}`);
  if (url.host !== 'site') return null;
  let path = decodeURIComponent(url.pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return { file: path, hash: decodeURIComponent(url.hash.slice(1)) };
}

describe('the built site', () => {
  it('has every page type', () => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) expect(existsSync(join(DIST, path)), type).toBe(true);
    expect(pages().length).toBeGreaterThanOrEqual(60);
  });

  it('is in Vietnamese, with a title and one h1 on every page', () => {
    for (const page of pages()) {
      const source = html(page);
      expect(source, page).toMatch(/^<!DOCTYPE html><html lang="vi"/i);
      expect(source, page).toMatch(/<title>[^<]+<\/title>/);
      expect(source.match(/<h1[\s>]/g)?.length, page).toBe(1);
    }
  });

  it('resolves every internal link and anchor', () => {
    const broken: string[] = [];
    const idCache = new Map<string, Set<string>>();
    for (const page of pages()) {
      const source = html(page);
      for (const href of [...attributes(source, 'a', 'href'), ...attributes(source, 'link', 'href')]) {
        const to = target(page, href);
        if (!to) continue;
        if (!existsSync(join(DIST, to.file))) {
          broken.push(`${page} → ${href} (no ${to.file})`);
          continue;
        }
        if (to.hash && to.file.endsWith('.html')) {
          if (!idCache.has(to.file)) idCache.set(to.file, ids(html(to.file)));
          if (!idCache.get(to.file)!.has(to.hash)) broken.push(`${page} → ${href} (no #${to.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('requests nothing from outside the site', () => {
    for (const page of pages()) {
      const source = html(page);
      const resources = [
        ...attributes(source, 'script', 'src'),
        ...attributes(source, 'link', 'href'),
        ...attributes(source, 'img', 'src'),
        ...attributes(source, 'iframe', 'src'),
        ...attributes(source, 'source', 'src'),
        ...attributes(source, 'form', 'action'),
      ];
      for (const url of resources) expect(url, `${page}: ${url}`).not.toMatch(/^(?:[a-z]+:)?\/\//i);
      expect(source, page).not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//i);
      // No links out either: the site is self-contained.
      for (const href of attributes(source, 'a', 'href')) expect(href, `${page}: ${href}`).not.toMatch(/^(?:https?:)?\/\//i);
    }
  });

  it('validates as HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements as <br>, attributes as given; these stylistic rules do not apply.
        'void-style': 'off',
        'no-inline-style': 'off',
        'long-title': 'off',
      },
    });
    const problems: string[] = [];
    for (const page of pages()) {
      const report = await validator.validateString(html(page), page);
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps a document page within 15 KB of HTML and CSS, gzip-compressed, with no JavaScript needed to read it', () => {
    const source = html(PAGE_TYPES['document']!);
    const css = attributes(source, 'link', 'href').filter((h) => h.endsWith('.css')).map((h) => readFileSync(join(DIST, h)));
    const bytes = gzipSync(Buffer.concat([Buffer.from(source), ...css]), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(15 * 1024);
    expect(attributes(source, 'script', 'src')).toEqual([]); // any script is inline and only enhances
  });

  it('offers the corpus as JSON that matches its schema, the provisions as Excel-ready CSV, and the JSON Schema', () => {
    const corpus = Corpus.parse(JSON.parse(readFileSync(join(DIST, 'du-lieu/corpus.json'), 'utf8')));
    expect(corpus.documents).toHaveLength(1);
    const csv = readFileSync(join(DIST, 'du-lieu/dieu-khoan.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      '"Văn bản","Mã điều khoản","Điều khoản","Trích dẫn","Tiêu đề","Nội dung","Chủ trì","Được chỉ đạo","Phối hợp","Báo cáo lên","Lĩnh vực","Đối tượng","Văn bản dẫn chiếu","Dòng đầu trong bản nguồn","Dòng cuối trong bản nguồn"',
    );
    expect(csv).toContain('"Mục 2, gạch đầu dòng thứ ba"');
    const schema = JSON.parse(readFileSync(join(DIST, 'du-lieu/corpus.schema.json'), 'utf8'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });

  it('shows the SHA-256 of each source text on the data page', () => {
    expect(html(PAGE_TYPES['data']!)).toContain('93ffdb146f0beafbfd55cf7ae3a76e29b61232c44765bb145da9b21dab6a0b20');
  });

  it('says plainly what the source does not state, and what can be inferred', () => {
    const source = html(PAGE_TYPES['document']!);
    expect(source).toContain('Không ghi trong bản nguồn');
    expect(source).toContain('Ban hành sau ngày 05/11/2020, vì văn bản trích dẫn Kết luận số 92-KL/TW ngày 05/11/2020');
  });

  it('gives every provision an anchor on its document page and a page of its own', () => {
    const corpus = Corpus.parse(JSON.parse(readFileSync(join(DIST, 'du-lieu/corpus.json'), 'utf8')));
    const documentIds = ids(html(PAGE_TYPES['document']!));
    const walk = (ps: Corpus['documents'][number]['provisions']) => {
      for (const p of ps) {
        expect(documentIds.has(p.id), p.id).toBe(true);
        expect(existsSync(join(DIST, posix.join('van-ban', 'quang-ngai-thuc-hien-ket-luan-92', p.id, 'index.html'))), p.id).toBe(true);
        walk(p.children);
      }
    };
    walk(corpus.documents[0]!.provisions);
    expect(dirname('x')).toBe('.');
  });
});
