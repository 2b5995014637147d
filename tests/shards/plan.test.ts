/**
 * The shard plan (src/shards/plan.ts) and the routes the global part injects
 * (src/integrations/routes.ts), on documents of our own.
 */
import { describe, expect, it } from 'vitest';
import { patternOf, routeFiles } from '../../src/integrations/routes.js';
import type { DirectiveDocument } from '../../src/schemas/document.js';
import { CENTRAL, planShards, shardOf, UNKNOWN, WHOLE } from '../../src/shards/plan.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();

/** A document with only what the plan reads: its slug, meta, header and field. */
function doc(slug: string, meta: Partial<DirectiveDocument['meta']>, header: Array<{ role: string; text: string }> = [], field: string | null = null): DirectiveDocument {
  return {
    slug,
    meta: { documentType: null, number: null, date: null, place: null, issuer: null, subject: null, ...meta },
    header: header.map((h, i) => ({ ...h, line: i + 1 })),
    field: field ? { id: field, label: field, from: 'meta', words: [] } : null,
  } as unknown as DirectiveDocument;
}

describe('the shard plan', () => {
  it('puts every document in one shard when site.yaml sets no rule', () => {
    expect(shardOf(doc('a', { issuer: 'Tỉnh ủy Gia Lai' }), null, vocabulary)).toBe(WHOLE);
  });

  it('puts a document with the province of its issuer, central bodies together, and the unknown apart', () => {
    const rule = { by: 'province' } as const;
    expect(shardOf(doc('a', { issuer: 'Ban Thường vụ Tỉnh ủy Gia Lai' }), rule, vocabulary)).toBe('gia-lai');
    expect(shardOf(doc('b', { issuer: 'Ủy ban nhân dân tỉnh Kon Tum', place: 'Kon Tum' }), rule, vocabulary)).toBe('kon-tum');
    expect(shardOf(doc('c', { issuer: 'Ban Bí thư' }), rule, vocabulary)).toBe(CENTRAL);
    expect(shardOf(doc('d', { issuer: null }), rule, vocabulary)).toBe(UNKNOWN);
  });

  it('reads a district document’s province off the superior body in its header', () => {
    const district = doc('e', { issuer: 'Huyện ủy Chư Sê' }, [
      { role: 'superior', text: 'ĐẢNG BỘ TỈNH GIA LAI' },
      { role: 'issuer', text: 'HUYỆN ỦY CHƯ SÊ' },
    ]);
    expect(shardOf(district, { by: 'province' }, vocabulary)).toBe('gia-lai');
  });

  it('puts a document with its year, or its field, when the rule says so', () => {
    expect(shardOf(doc('a', { date: '2026-03-02' }), { by: 'year' }, vocabulary)).toBe('2026');
    expect(shardOf(doc('b', {}), { by: 'year' }, vocabulary)).toBe(UNKNOWN);
    expect(shardOf(doc('c', {}, [], 'xay-dung-dang'), { by: 'field' }, vocabulary)).toBe('xay-dung-dang');
  });

  it('lists every document once, shards by name, documents in the corpus’s order', () => {
    const documents = [doc('z', { date: '2025-01-01' }), doc('a', { date: '2026-01-01' }), doc('m', { date: '2025-06-01' })];
    expect(planShards(documents, { by: 'year' }, vocabulary).shards).toEqual([
      { name: '2025', slugs: ['z', 'm'] },
      { name: '2026', slugs: ['a'] },
    ]);
  });
});

describe('the global routes', () => {
  it('are routed by their path, as in src/pages', () => {
    expect(patternOf('index.astro')).toBe('/');
    expect(patternOf('co-quan/[id].astro')).toBe('/co-quan/[id]');
    expect(patternOf('co-quan/index.astro')).toBe('/co-quan');
    expect(patternOf('du-lieu/corpus.json.ts')).toBe('/du-lieu/corpus.json');
    expect(patternOf('danh-muc/trang-[page].astro')).toBe('/danh-muc/trang-[page]');
  });

  it('include the home page, the bodies and the data downloads, and no document page', () => {
    const patterns = routeFiles().map(patternOf);
    expect(patterns).toEqual(expect.arrayContaining(['/', '/404', '/co-quan/[id]', '/du-lieu/corpus.json', '/tim-kiem', '/gioi-thieu']));
    expect(patterns.some((p) => p.startsWith('/van-ban/'))).toBe(false);
  });
});
