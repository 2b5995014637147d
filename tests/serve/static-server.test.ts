/**
 * The static server as a library's network meets it: aborted downloads,
 * folder addresses without their "/", links out of the folder, bad
 * addresses, revalidation. Each case was a way to crash or mislead the
 * hand-written server it replaces.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePrefix, staticServer } from '../../src/serve/static-server.js';

const site = mkdtempSync(join(tmpdir(), 'directive-serve-'));
const outside = mkdtempSync(join(tmpdir(), 'directive-outside-'));

interface Answer { status: number; headers: IncomingMessage['headers']; body: Buffer }

let base = '';
const server = staticServer(site, { prefix: '/thu-vien/cong-van/' });

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Ask for a file and hang up as soon as the answer starts. */
function abort(path: string): Promise<void> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path, agent: false }, (res) => {
      res.socket.destroy();
      resolve();
    });
    req.on('error', () => resolve());
    req.end();
  });
}

const openHandles = () => readdirSync('/proc/self/fd').length;
// The collector, so that memory is measured after garbage, not before it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

beforeAll(async () => {
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Trang chủ</title><p>Văn bản chỉ đạo</p>'.repeat(40));
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Không tìm thấy</title>');
  mkdirSync(join(site, 'van-ban', 'mot'), { recursive: true });
  writeFileSync(join(site, 'van-ban', 'mot', 'index.html'), '<!doctype html><title>Một</title>');
  writeFileSync(join(site, 'lon.json'), Buffer.alloc(16 * 1024 * 1024, 'a'));
  writeFileSync(join(outside, 'bi-mat.txt'), 'không được đọc');
  symlinkSync(join(outside, 'bi-mat.txt'), join(site, 'lien-ket.txt'));
  symlinkSync(outside, join(site, 'thu-muc-ngoai'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('the static server', () => {
  it('keeps open handles and memory flat over 3,000 aborted downloads of a large file and 7,500 requests for missing pages', { timeout: 120_000 }, async () => {
    // Two rounds: what a leak keeps grows with each; what the collector has not yet reclaimed does not.
    const round = async () => {
      for (let i = 0; i < 50; i++) await Promise.all(Array.from({ length: 20 }, () => abort('/thu-vien/cong-van/lon.json')));
      for (let i = 0; i < 125; i++) await Promise.all(Array.from({ length: 20 }, (_, j) => get(`/thu-vien/cong-van/khong-co-${i}-${j}/`)));
      await new Promise((r) => setTimeout(r, 300));
      collect();
      return { handles: openHandles(), rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
    };
    const before = openHandles();
    await round(); // the allocator and the collector settle
    const first = await round();
    const second = await round();
    const third = await round();
    expect(first.handles).toBeLessThanOrEqual(before + 10);
    expect(third.handles).toBeLessThanOrEqual(before + 10);
    expect(second.heap - first.heap).toBeLessThan(8 * 1024 * 1024);
    // The process's resident memory moves by the allocator's whims from round to round (39 MB once, on a loaded machine);
    // a leak grows it in every round, so the smaller of two rounds' growths is the figure.
    expect(Math.min(second.rss - first.rss, third.rss - second.rss)).toBeLessThan(32 * 1024 * 1024);
    expect((await get('/thu-vien/cong-van/')).status).toBe(200);
  });

  it('sends a folder address without its "/" to the address with it, under its sub-path, so relative links hold', async () => {
    const site = await get('/thu-vien/cong-van');
    expect(site.status).toBe(301);
    expect(site.headers.location).toBe('/thu-vien/cong-van/');
    const folder = await get('/thu-vien/cong-van/van-ban/mot?q=a');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/thu-vien/cong-van/van-ban/mot/?q=a');
    const page = await get('/thu-vien/cong-van/van-ban/mot/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Một</title>');
  });

  it('never answers with a file outside its folder, through a link or through ".."', async () => {
    for (const path of ['/thu-vien/cong-van/lien-ket.txt', '/thu-vien/cong-van/thu-muc-ngoai/bi-mat.txt', '/thu-vien/cong-van/../../etc/passwd', '/thu-vien/cong-van/%2e%2e/%2e%2e/etc/passwd', '/thu-vien/cong-van/..%2f..%2fetc%2fpasswd']) {
      const answer = await get(path);
      expect(answer.status, path).not.toBe(200);
      expect(answer.body.toString(), path).not.toMatch(/không được đọc|root:/);
    }
  });

  it('answers bad addresses and methods with their status and goes on serving', async () => {
    expect((await get('/thu-vien/cong-van/%E0%A4%A')).status).toBe(400);
    expect((await get(`/thu-vien/cong-van/${'a'.repeat(300)}.html`)).status).toBe(404);
    expect((await get('/thu-vien/cong-van/khong-co.html')).body.toString()).toContain('Không tìm thấy');
    const post = await new Promise<number>((resolve) => {
      const url = new URL(base);
      const req = request({ host: url.hostname, port: url.port, path: '/thu-vien/cong-van/', method: 'POST' }, (res) => resolve(res.statusCode!));
      req.end();
    });
    expect(post).toBe(405);
    expect((await get('/thu-vien/cong-van/')).status).toBe(200);
  });

  it('gzips text for clients that take it, and answers a revalidation with 304', async () => {
    const first = await get('/thu-vien/cong-van/', { 'Accept-Encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(first.body).toString()).toContain('Văn bản chỉ đạo');
    expect(first.headers.etag).toBeTruthy();
    const again = await get('/thu-vien/cong-van/', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
  });
});

describe('the sub-path of `npm run serve`', () => {
  it('is folders of plain names, never "." or ".."', () => {
    expect(normalizePrefix('/thu-vien/cong-van/')).toBe('/thu-vien/cong-van/');
    expect(normalizePrefix('thu-vien')).toBe('/thu-vien/');
    expect(normalizePrefix('/')).toBe('/');
    expect(normalizePrefix('/../')).toBeNull();
    expect(normalizePrefix('/a/./b')).toBeNull();
    expect(normalizePrefix('/a b/')).toBeNull();
  });

  it('refuses "/../" with a sentence instead of redirecting forever', () => {
    const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--path', '/../', '--site', site], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^serve: đường dẫn "\/\.\.\/" không hợp lệ/);
  });
});
