import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FragmentShapeError, shedPairs } from '../../src/search/fragments.js';

// Fragments in Pagefind 1.6's format, of our own words: gzip of "pagefind_dcd" and the JSON.
const text = 'Mục 1. Các xã rà soát hộ nghèo. Mục 2. Báo cáo kết quả';
const parts = JSON.stringify([
  ['muc-1', 5, 0, 31, 0, 0],
  ['muc-2', 5, 32, text.length, 0, 0],
]);
const fragment = (content: string, extra: Record<string, unknown> = {}) =>
  gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/van-ban/a/muc-1/', content, word_count: 12, filters: {}, meta: { parts }, anchors: [], ...extra })}`));
const read = (bytes: Buffer) => JSON.parse(gunzipSync(bytes).subarray(12).toString('utf8'));

describe('a record\'s fragment', () => {
  it('is written again without the word pairs after its parts, everything else kept', () => {
    const shed = shedPairs(fragment(`${text} zqcacxa zqxarasoat zqhongheo`, { filters: { 'Năm ban hành': ['2025'] } }))!;
    const json = read(shed);
    expect(json.content).toBe(text);
    expect(json.url).toBe('/van-ban/a/muc-1/');
    expect(json.filters).toEqual({ 'Năm ban hành': ['2025'] });
    expect(json.meta.parts).toBe(parts);
    expect(gunzipSync(shed).subarray(0, 12).toString()).toBe('pagefind_dcd');
  });

  it('gives the same bytes for the same fragment', () => {
    const bytes = fragment(`${text} zqcacxa`);
    expect(shedPairs(bytes)!.equals(shedPairs(bytes)!)).toBe(true);
  });

  it('is left as it is when it has no pairs', () => {
    expect(shedPairs(fragment(text))).toBeNull();
  });

  it('is refused, not cut, when its content goes on after its parts with more than pairs', () => {
    expect(() => shedPairs(fragment(`${text} zqcacxa thêm chữ`))).toThrow(FragmentShapeError);
    expect(() => shedPairs(fragment(`${text} và thêm`))).toThrow(/more than word pairs/);
  });

  it('is refused when it is not a Pagefind fragment', () => {
    expect(() => shedPairs(Buffer.from('plain text'))).toThrow(/not gzip/);
    expect(() => shedPairs(gzipSync(Buffer.from('{"content":""}')))).toThrow(/signature/);
    expect(() => shedPairs(gzipSync(Buffer.from('pagefind_dcd{"content":"x"}')))).toThrow(/no map of parts/);
    expect(() => shedPairs(gzipSync(Buffer.from('pagefind_dcd{oops')))).toThrow(/does not parse/);
  });
});
