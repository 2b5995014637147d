/**
 * A small static file server: GET and HEAD only, no directory listings, no
 * path outside its folder; a folder address serves its index.html; text is
 * sent gzip-compressed to clients that accept it. Used by
 * `npm run serve` and by the browser tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  server: Server;
  /** Every path requested, in order. */
  requests: string[];
}

/** Serve `folder` under `prefix` ("/" or "/thu-vien/cong-van/"). */
export function staticServer(folder: string, prefix = '/'): StaticServer {
  const root = resolve(folder);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let full: string;
    try {
      full = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    requests.push(full);
    if (!full.startsWith(prefix)) {
      response.writeHead(302, { Location: prefix }).end();
      return;
    }
    let file = normalize(join(root, full.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      const notFound = join(root, '404.html');
      if (existsSync(notFound) && request.method === 'GET') createReadStream(notFound).pipe(response);
      else response.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Text is compressed for clients that accept it (a library network is often slow);
    // Pagefind's own files are compressed already.
    const gzip = /^(?:text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
  return { server, requests };
}
