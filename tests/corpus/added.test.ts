import { describe, expect, it } from 'vitest';
import { withAddedDirectives } from '../../src/corpus/added.js';
import type { ContentSource } from '../../src/corpus/load.js';

/** A content source held in memory: paths to their text. */
function memory(files: Record<string, string>): ContentSource {
  const list = (path: string) => {
    const prefix = path === '' ? '' : `${path}/`;
    const names = Object.keys(files)
      .filter((f) => f.startsWith(prefix))
      .map((f) => f.slice(prefix.length).split('/')[0]!);
    return [...new Set(names)].sort();
  };
  return {
    readText: (path) => files[path] ?? null,
    readBytes: (path) => (path in files ? new TextEncoder().encode(files[path]) : null),
    list,
  };
}

const content = memory({ 'directives/cong-van-mot/source.txt': 'Một.', 'site.yaml': 'name: x' });

describe('directives added from a folder outside content/', () => {
  it('sit beside content\'s own, each subfolder one directive', () => {
    const archive = memory({ 'ke-hoach-hai/source.txt': 'Hai.', 'chi-thi-ba/source.txt': 'Ba.', 'chi-thi-ba/meta.yaml': 'number: 3-CT/TU' });
    const { source, problems, added } = withAddedDirectives(content, [{ name: '../kho', files: archive }]);
    expect(problems).toEqual([]);
    expect(added).toBe(2);
    expect(source.list('directives')).toEqual(['chi-thi-ba', 'cong-van-mot', 'ke-hoach-hai']);
    expect(source.readText('directives/ke-hoach-hai/source.txt')).toBe('Hai.');
    expect(source.readText('directives/chi-thi-ba/meta.yaml')).toBe('number: 3-CT/TU');
    expect(source.readText('directives/cong-van-mot/source.txt')).toBe('Một.');
    expect(source.readText('site.yaml')).toBe('name: x');
  });

  it('are read from their original when they hold both the original and its text, and nothing else in the folder is read', () => {
    const archive = memory({ 'cong-van-bon/original.pdf': '%PDF', 'cong-van-bon/source.txt': 'Bốn.', 'cong-van-bon/gold.json': '{}', 'cong-van-bon/README.md': '#' });
    const { source } = withAddedDirectives(content, [{ name: 'kho', files: archive }]);
    expect(source.list('directives/cong-van-bon')).toEqual(['source.pdf']);
    expect(source.readText('directives/cong-van-bon/source.pdf')).toBe('%PDF');
    expect(source.readText('directives/cong-van-bon/source.txt')).toBeNull();
    expect(source.readText('directives/cong-van-bon/gold.json')).toBeNull();
  });

  it('name the real file in messages, not the name the loader knows it by', () => {
    const archive = memory({ 'cong-van-nam/original.docx': 'PK' });
    const { where } = withAddedDirectives(content, [{ name: '../kho', files: archive }]);
    expect(where('directives/cong-van-nam/source.docx')).toBe('../kho/cong-van-nam/original.docx');
    expect(where('directives/cong-van-mot/source.txt')).toBe('content/directives/cong-van-mot/source.txt');
  });

  it('refuse a folder name already taken, by content/ or by another added folder, and a folder with no directive in it', () => {
    const one = memory({ 'cong-van-mot/source.txt': 'Trùng.', 'sau/source.txt': 'Sáu.', 'rong/meta.yaml': 'number: 1' });
    const two = memory({ 'sau/source.txt': 'Sáu nữa.' });
    const { source, problems, added } = withAddedDirectives(content, [{ name: 'a', files: one }, { name: 'b', files: two }]);
    expect(added).toBe(1);
    expect(source.readText('directives/cong-van-mot/source.txt')).toBe('Một.');
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'a/cong-van-mot: has the same name as content/directives/cong-van-mot: every directive needs its own folder name',
      'a/rong: holds no directive: expected original.pdf, original.docx or source.txt',
      'b/sau: has the same name as a/sau: every directive needs its own folder name',
    ]);
  });
});
