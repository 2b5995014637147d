/**
 * The development set built as one archive (its text extractions): every
 * citation of a document the archive holds links to it, none to a document
 * of another number or year, the chain of four the set's README names
 * (Kết luận 75 → Chương trình 104 → Công văn 2449 → Công văn 9387) links
 * both ways at every step, and every citation by number that links nowhere
 * has a page of its own. The documents are not the project's: when the set
 * is not there, this says loudly that it skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCitations, numberKey } from '../../src/corpus/links.js';
import { parseDirective } from '../../src/parser/index.js';
import type { Citation, DirectiveDocument, Provision } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';

const FOLDER = process.env['REAL_CORPUS'] ?? resolve(process.cwd(), '../shared/real-corpus');
const present = existsSync(FOLDER);
if (!present) process.stderr.write(`\n*** REAL-DOCUMENT LINK TESTS SKIPPED: ${FOLDER} not found (set REAL_CORPUS to the development set) ***\n\n`);

const all = (d: DirectiveDocument): Citation[] => {
  const walk = (list: Provision[]): Citation[] => list.flatMap((p) => [...p.references, ...walk(p.children)]);
  return [...d.preamble.flatMap((p) => p.references), ...walk(d.provisions), ...d.closing.flatMap((p) => p.references)];
};

describe.skipIf(!present)('the development set as one archive', () => {
  const { vocabulary } = projectContent();
  const names = present ? readdirSync(FOLDER).filter((n) => existsSync(join(FOLDER, n, 'source.txt'))).sort() : [];
  const parsed = names.map((slug) => parseDirective({ source: new Uint8Array(readFileSync(join(FOLDER, slug, 'source.txt'))), path: `${slug}/source.txt`, slug, vocabulary }).document!);
  const { documents, problems } = present ? linkCitations(parsed) : { documents: [], problems: [] };
  const bySlug = new Map(documents.map((d) => [d.slug, d]));

  it('links every citation of a document it holds, and none to a document of another number or year', () => {
    const byNumber = new Map(documents.filter((d) => d.meta.number).map((d) => [numberKey(d.meta.number!), d]));
    const unlinked: string[] = [];
    const wrong: string[] = [];
    for (const d of documents) {
      for (const c of all(d)) {
        const held = c.number ? byNumber.get(numberKey(c.number)) : undefined;
        const sameYear = !c.date || !held?.meta.date || held.meta.date.startsWith(c.date.slice(0, 4));
        if (held && held.slug !== d.slug && sameYear && c.document !== held.slug) unlinked.push(`${d.slug}: ${c.number}`);
        const target = c.document ? bySlug.get(c.document) : undefined;
        if (target?.meta.number && c.number && numberKey(target.meta.number) !== numberKey(c.number)) wrong.push(`${d.slug}: ${c.number} → ${target.slug}`);
      }
    }
    expect(unlinked).toEqual([]);
    expect(wrong).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('links the chain of four both ways at every step', () => {
    const links = (from: string, to: string) => all(bySlug.get(from)!).some((c) => c.document === to);
    expect(links('ubnd-laocai-cv9387-trien-khai-ctr104', 'dangbo-ubnd-laocai-cv2449-trien-khai-ctr104')).toBe(true);
    expect(links('ubnd-laocai-cv9387-trien-khai-ctr104', 'tu-laocai-ctr104-moi-truong')).toBe(true);
    expect(links('dangbo-ubnd-laocai-cv2449-trien-khai-ctr104', 'tu-laocai-ctr104-moi-truong')).toBe(true);
    expect(links('dangbo-ubnd-laocai-cv2449-trien-khai-ctr104', 'bchtw-kl75-moi-truong-ocr')).toBe(true);
    expect(links('tu-laocai-ctr104-moi-truong', 'bchtw-kl75-moi-truong-ocr')).toBe(true);
  });

  it('gives every citation by number that links nowhere a page of its own', () => {
    const pageless = documents.flatMap((d) => all(d).filter((c) => c.number && c.target !== 'self' && !c.document && !c.target && !c.cited).map((c) => `${d.slug}: ${c.text}`));
    expect(pageless).toEqual([]);
  });
});
