/**
 * The static server of `npm run serve` and of the browser tests: a thin
 * layer over well-kept libraries — serve-static (send: ETag and 304,
 * Last-Modified, ranges, a redirect for a folder address without its "/",
 * streams destroyed when a client goes away) and compression (gzip for text;
 * Pagefind's files are compressed already). Ours are the rules around them:
 * GET and HEAD only; the site under a sub-path; never a file outside the
 * folder, symbolic links included; every error answered, never fatal; the
 * request log only when a caller (a test) asks for it.
 */
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';

export interface ServerOptions {
  /** The sub-path the site lives under ("/" or "/thu-vien/cong-van/"). */
  prefix?: string;
  /** Told every path requested; nothing is kept otherwise. */
  log?: (path: string) => void;
}

/** A sub-path is folders of letters, digits and "._~-", never "." or "..". */
export function normalizePrefix(path: string): string | null {
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..' || !/^[\p{L}\p{N}._~-]+$/u.test(s))) return null;
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

type Next = (error?: unknown) => void;

export function staticServer(folder: string, options: ServerOptions = {}): Server {
  const prefix = options.prefix ?? '/';
  const root = realpathSync(resolve(folder));
  const compress = compression();
  const serve = serveStatic(root, {
    index: ['index.html'],
    redirect: true,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders: (response) => response.setHeader('X-Content-Type-Options', 'nosniff'),
  });

  /** The site's own 404 page (read each time: small, and the site may be rebuilt while served). */
  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    const send = (page?: Buffer) => {
      if (response.headersSent) return;
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      response.end(request.method === 'GET' ? page : undefined);
    };
    readFile(join(root, '404.html')).then(send, () => send());
  };
  const failed = (response: ServerResponse, status: number) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(status === 400 ? 'Địa chỉ không hợp lệ.\n' : 'Máy chủ không đọc được tệp này.\n');
  };

  /** Whether the file a path names (or its folder's index.html) lies inside the folder once links are followed. */
  const inside = async (path: string): Promise<boolean> => {
    const target = resolve(root, `.${path}`);
    for (const candidate of [target, join(target, 'index.html')]) {
      let real: string;
      try {
        real = await realpath(candidate);
      } catch {
        continue; // Not there: serve-static answers 404.
      }
      if (real !== root && !real.startsWith(root + sep)) return false;
      if (candidate === target && !(await stat(real)).isDirectory()) break;
    }
    return true;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let url: URL;
    let path: string;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      path = decodeURIComponent(url.pathname);
    } catch {
      failed(response, 400);
      return;
    }
    if (path.includes('\0')) {
      failed(response, 400);
      return;
    }
    options.log?.(path);
    // The site's own address without its "/": to the site, so relative links hold.
    if (`${url.pathname}/` === prefix) {
      response.writeHead(301, { Location: `${prefix}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(302, { Location: prefix }).end();
      return;
    }
    const within = `/${url.pathname.slice(prefix.length)}`;
    if (!(await inside(decodeURIComponent(within)))) {
      notFound(request, response);
      return;
    }
    // serve-static answers under the site's root; its redirects use the original address.
    (request as IncomingMessage & { originalUrl?: string }).originalUrl = request.url;
    request.url = `${within}${url.search}`;
    const next: Next = (error) => {
      if (error) failed(response, (error as { statusCode?: number }).statusCode === 400 ? 400 : 500);
      else notFound(request, response);
    };
    compress(request as never, response as never, (error?: unknown) => {
      if (error) next(error);
      else serve(request, response, next);
    });
  };

  return createServer((request, response) => {
    handle(request, response).catch(() => failed(response, 500));
  });
}
