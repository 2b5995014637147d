/**
 * Reading the originals for a corpus build: an original over its reading
 * budget is skipped with its sentence, and the others are read and built;
 * the budget comes from site.yaml's `reading:` (checked by its schema,
 * never published) and the command's flags, which win.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractDirectives } from '../../src/corpus/extract.js';
import type { DirectiveSource, LoadedContent } from '../../src/corpus/load.js';
import { validateYaml } from '../../src/corpus/validate-yaml.js';
import { Corpus } from '../../src/schemas/corpus.js';
import { PublishedSite, SiteConfig } from '../../src/schemas/site.js';
import { blankPdf } from '../../harness/large-originals.js';
import { missingTools, samplePdf, skipUnless } from '../../harness/sample-directive.js';
import { projectContent } from '../support/content.js';

const missing = skipUnless('Corpus reading tests', missingTools());

const scratch = mkdtempSync(join(tmpdir(), 'corpus-extract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function directive(slug: string, bytes: Uint8Array): DirectiveSource {
  return { slug, sourcePath: `directives/${slug}/source.pdf`, sourceFile: 'source.pdf', format: 'pdf', bytes, meta: null, corrections: null };
}

async function withPdfs(reading?: SiteConfig['reading']): Promise<LoadedContent> {
  const { content } = projectContent();
  return {
    ...content,
    site: { ...content.site, ...(reading ? { reading } : {}) },
    directives: [...content.directives, directive('cong-van-mau', await samplePdf()), directive('tap-trang', await blankPdf(30))],
  };
}

describe.skipIf(missing !== null)('reading the originals of a corpus', () => {
  it('skips an original over its reading budget with its sentence, and reads the others', async () => {
    const content = await withPdfs();
    const read = await extractDirectives(content, { ocr: false, reading: { maxPages: 20 } });
    expect(read.problems).toEqual([]);
    expect(read.skipped).toEqual([
      {
        path: 'directives/tap-trang/source.pdf',
        line: 1,
        column: 1,
        message: 'has 30 pages, more than the 20 pages a document may have: raise reading.maxPages in content/site.yaml, or pass --max-pages 30',
      },
    ]);
    expect(read.directives.map((d) => d.slug)).toEqual([...projectContent().content.directives.map((d) => d.slug), 'cong-van-mau']);
    expect(read.directives.at(-1)?.extraction?.original).toMatchObject({ read: 'text-layer', pages: 3 });
  }, 60_000);

  it('takes its budget from site.yaml, the flags winning', async () => {
    const fromFile = await extractDirectives(await withPdfs(SiteConfig.shape.reading.parse({ maxPages: 20 })), { ocr: false });
    expect(fromFile.skipped.map((p) => p.path)).toEqual(['directives/tap-trang/source.pdf']);
    const raised = await extractDirectives(await withPdfs(SiteConfig.shape.reading.parse({ maxPages: 20 })), { ocr: false, reading: { maxPages: 40 } });
    expect(raised.skipped).toEqual([]);
    // Read to its end, the blank volume is a problem of another kind: it has no text (and stops a build).
    expect(raised.problems).toEqual([expect.objectContaining({ path: 'directives/tap-trang/source.pdf', message: expect.stringMatching(/^has no text: its 30 pages are all blank/) })]);
  }, 60_000);
});

describe('site.yaml’s reading settings', () => {
  const SITE = 'name: Văn bản\ntagline: Thử\npublisher: Nhóm thử\nupdated: 2026-01-01\nnotice: Bản thử.\n';

  it('are checked by their schema, a wrong one named at its line', () => {
    expect(validateYaml(SiteConfig, `${SITE}reading:\n  maxPages: 5000\n  ocrWorkers: 1\n`, 'site.yaml')).toMatchObject({ ok: true, data: { reading: { maxPages: 5000, ocrWorkers: 1, maxSeconds: 1800 } } });
    expect(validateYaml(SiteConfig, `${SITE}reading:\n  maxPages: 0\n`, 'site.yaml')).toMatchObject({ ok: false, problems: [{ line: 7 }] });
    expect(validateYaml(SiteConfig, `${SITE}reading:\n  pages: 10\n`, 'site.yaml')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/unknown key "pages"/) }] });
  });

  it('are never published: the corpus and its schema know nothing of them', () => {
    const site = SiteConfig.parse({ name: 'x', tagline: 'x', publisher: 'x', updated: '2026-01-01', notice: 'x', reading: {} });
    expect(PublishedSite.parse(site)).not.toHaveProperty('reading');
    expect(JSON.stringify(z.toJSONSchema(Corpus, { io: 'output' }))).not.toMatch(/maxPages|"reading"/);
  });
});

describe.skipIf(missing !== null)('npm run corpus with an original over its budget', () => {
  it('says so in one sentence, builds the other documents, and lists what it skipped at the end', async () => {
    const content = join(scratch, 'content');
    const out = join(scratch, 'out');
    cpSync('content', content, { recursive: true });
    mkdirSync(join(content, 'directives', 'tap-trang'));
    writeFileSync(join(content, 'directives', 'tap-trang', 'source.pdf'), await blankPdf(5000));
    const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', out, '--no-cache'], { encoding: 'utf8' });
    const lines = result.stderr.trimEnd().split('\n');
    // Paths are said as the build says them: relative to the content folder, as content/….
    const where = 'content/directives/tap-trang/source.pdf';
    expect(lines).toContain(`${where}:1:1: warning: skipped: has 5,000 pages, more than the 2,000 pages a document may have: raise reading.maxPages in content/site.yaml, or pass --max-pages 5000`);
    expect(lines.at(-1)).toBe(`corpus: 1 original(s) skipped, over their reading budget (see above): ${where}`);
    expect(result.status).toBe(0);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as { documents: Array<{ slug: string }>; site: object };
    expect(corpus.documents.map((d) => d.slug)).toEqual(projectContent().content.directives.map((d) => d.slug));
    expect(corpus.site).not.toHaveProperty('reading');
  }, 120_000);
});
