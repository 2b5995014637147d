/**
 * The offline copy's archive and its check: a site past ZIP's 65,535-entry
 * limit, the same site giving the same zip, and hostile archives refused
 * with one sentence each before anything is inflated or written.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCopy } from '../../src/package/check.js';
import { formatSums, parseSums, sha256 } from '../../src/package/checksums.js';
import { makePackage } from '../../src/package/make.js';
import { readZip, ZipError } from '../../src/package/zip.js';
import { craftZip } from '../support/zip-craft.js';

const scratch = mkdtempSync(join(tmpdir(), 'directive-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small site: the seed corpus, a home page, and `extra` generated files. */
function site(name: string, extra = 0): string {
  const folder = join(scratch, name);
  mkdirSync(join(folder, 'du-lieu'), { recursive: true });
  cpSync(join('.corpus', 'corpus.json'), join(folder, 'du-lieu', 'corpus.json'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Văn bản chỉ đạo</title>');
  for (let i = 0; i < extra; i += 500) {
    const dir = join(folder, 'tep', String(i / 500));
    mkdirSync(dir, { recursive: true });
    for (let j = i; j < Math.min(extra, i + 500); j++) writeFileSync(join(dir, `${j}.txt`), `tệp ${j}\n`);
  }
  return folder;
}

const refusal = async (zip: Buffer) => {
  const path = join(scratch, `hostile-${sha256(zip).slice(0, 12)}.zip`);
  writeFileSync(path, zip);
  let inflated = 0;
  try {
    await readZip(path, async (_name, data) => {
      for await (const chunk of data) inflated += (chunk as Buffer).length;
    });
  } catch (error) {
    expect(error).toBeInstanceOf(ZipError);
    return { message: (error as Error).message, inflated };
  }
  throw new Error('the archive was accepted');
};

describe('the offline copy', () => {
  it('packages and verifies a site of more than 65,535 files (ZIP64)', { timeout: 300_000 }, async () => {
    const folder = site('large', 66_000);
    const { zip, files } = await makePackage(folder, join(scratch, 'release-large'));
    expect(files).toBe(66_000 + 4); // + corpus, home page, guide, SHA256SUMS
    const check = await checkCopy(zip);
    expect(check).toMatchObject({ hasSums: true, missing: [], changed: [], extra: [], links: [], unreadable: [], checked: 66_003 });
  });

  it('gives the same zip for the same site', async () => {
    const folder = site('twice', 600);
    const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const first = await makePackage(folder, join(scratch, 'release-1'));
    const second = await makePackage(folder, join(scratch, 'release-2'));
    expect(digest(second.zip)).toBe(digest(first.zip));
  });

  it('refuses to package a folder holding a link, naming it', async () => {
    const folder = site('linked');
    symlinkSync('/etc', join(folder, 'he-thong'));
    await expect(makePackage(folder, join(scratch, 'release-linked'))).rejects.toThrow(/1 liên kết tượng trưng \(he-thong\)/);
  });

  it('names a link in a copied folder instead of reading what it points to', async () => {
    const folder = site('copied');
    await makePackage(folder, join(scratch, 'release-copied'));
    symlinkSync('/etc', join(folder, 'he-thong'));
    const check = await checkCopy(folder);
    expect(check.links).toEqual(['he-thong']);
    expect(check.extra).toEqual([]);
  });
});

describe('a hostile archive', () => {
  it('is refused when an entry is named out of its folder, and the name is printed harmlessly', async () => {
    for (const name of ['../evil.txt', '/etc/abs.txt', '..\\win.txt']) {
      const { message } = await refusal(craftZip([{ name, data: Buffer.from('x') }]));
      expect(message).toMatch(/^tệp nén có mục tên “.*” trỏ ra ngoài thư mục hoặc không hợp lệ$/);
    }
    const { message } = await refusal(craftZip([{ name: 'a/\u001b[31mđỏ', data: Buffer.from('x') }, { name: 'a/\u001b[31mđỏ', data: Buffer.from('y') }]));
    expect(message).toBe('tệp nén có hai mục cùng tên “a/\\u001b[31mđỏ”');
  });

  it('is refused, before anything is inflated, when it declares far more than its size (a bomb)', async () => {
    const { message, inflated } = await refusal(craftZip([{ name: 'bom.txt', data: Buffer.alloc(1024), declaredSize: 2 ** 30 }]));
    expect(message).toMatch(/^tệp nén bung ra hơn 64 MB .*: một kiểu bom nén, không đọc$/);
    expect(inflated).toBe(0);
  });

  it('is refused when entries share their bytes (the overlapping bomb)', async () => {
    const data = Buffer.alloc(4096, 'a');
    const { message, inflated } = await refusal(craftZip([{ name: 'a.txt', data }, { name: 'b.txt', data, sameAs: 0 }, { name: 'c.txt', data, sameAs: 0 }]));
    expect(message).toMatch(/^các mục của tệp nén chồng lên nhau \(ở mục “[bc]\.txt”\)/);
    expect(inflated).toBe(0);
  });

  it('stops inflating an entry at its declared size', async () => {
    const { message, inflated } = await refusal(craftZip([{ name: 'noi-doi.txt', data: Buffer.alloc(1024 * 1024), declaredSize: 10 }]));
    expect(message).toMatch(/bung ra khác với kích thước nó khai/);
    expect(inflated).toBeLessThanOrEqual(1024 * 1024);
  });

  it('is refused when truncated', async () => {
    const whole = craftZip([{ name: 'a.txt', data: Buffer.alloc(10_000, 'a') }, { name: 'b.txt', data: Buffer.alloc(10_000, 'b') }]);
    const { message } = await refusal(whole.subarray(0, whole.length - 30));
    expect(message).toBe('tệp nén bị cắt cụt hoặc hỏng (không đọc được mục lục của nó)');
  });
});

describe('SHA256SUMS', () => {
  it('is read as `sha256sum -c` reads it: either case, "*" or " ", "./", escaped names, the BSD form', () => {
    const sum = sha256(Buffer.from('a'));
    const text = [`${sum.toUpperCase()}  ./index.html`, `${sum} *du-lieu/corpus.json`, `\\${sum}  tep/hai\\ndong.txt`, `SHA256 (tep/bsd.txt) = ${sum}`, ''].join('\n');
    const { sums, unreadable } = parseSums(text);
    expect(unreadable).toEqual([]);
    expect([...sums.keys()]).toEqual(['index.html', 'du-lieu/corpus.json', 'tep/hai\ndong.txt', 'tep/bsd.txt']);
    expect(parseSums(formatSums([{ path: 'tep/hai\ndong.txt', sum }])).sums.get('tep/hai\ndong.txt')).toBe(sum);
  });

  it('names every line it cannot read, by number', () => {
    const sum = sha256(Buffer.from('a'));
    const { sums, unreadable } = parseSums([`${sum}  index.html`, 'không phải tổng kiểm', `${sum}  ../ngoai.txt`, `${sum.slice(1)}  ngan.txt`].join('\n'));
    expect([...sums.keys()]).toEqual(['index.html']);
    expect(unreadable.map((u) => u.line)).toEqual([2, 3, 4]);
  });
});
