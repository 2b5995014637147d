/**
 * Relative addresses (src/integrations/relative-links.ts): worked out by
 * segments, they are what `path.posix.relative` gives, for ordinary and
 * unusual addresses alike.
 */
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeAddress, rewriteHtml } from '../../src/integrations/relative-links.js';

/** The address as `posix.relative` makes it: what relativeAddress did before it went by segments. */
function byPosix(page: string, address: string): string {
  const cut = [address.indexOf('#'), address.indexOf('?')].filter((i) => i !== -1).sort((a, b) => a - b)[0] ?? address.length;
  let path = address.slice(0, cut);
  if (address.startsWith('//')) return address;
  if (path.endsWith('/')) path += 'index.html';
  let out = posix.relative(posix.dirname(page), path.replace(/^\//, ''));
  if (address === '/' && page !== '' && out === '') out = 'index.html';
  if (out === '') out = posix.basename(path);
  return `${out}${address.slice(cut)}`;
}

const segment = fc.constantFrom('van-ban', 'co-quan', 'muc-2', 'a', 'b', 'index.html', '.', '..', '');
const folder = fc.array(fc.constantFrom('van-ban', 'co-quan', 'muc-2', 'a', 'b'), { maxLength: 4 });

describe('a relative address', () => {
  it('is what posix.relative gives, for any page and address', () => {
    fc.assert(
      fc.property(folder, fc.array(segment, { maxLength: 5 }), fc.constantFrom('', '/', '#x', '?q=1', '/#x'), (pageFolder, parts, tail) => {
        const page = [...pageFolder, 'index.html'].join('/');
        const address = `/${parts.join('/')}${tail}`;
        expect(relativeAddress(page, address)).toBe(byPosix(page, address));
      }),
      { numRuns: 5000 },
    );
  });

  it('goes up to the common folder and down again', () => {
    expect(relativeAddress('van-ban/x/muc-2/index.html', '/van-ban/x/muc-3/')).toBe('../muc-3/index.html');
    expect(relativeAddress('van-ban/x/index.html', '/co-quan/')).toBe('../../co-quan/index.html');
    expect(relativeAddress('index.html', '/')).toBe('index.html');
    expect(relativeAddress('van-ban/x/index.html', '/van-ban/x/#muc-2')).toBe('index.html#muc-2');
  });

  it('is made for every address attribute of a page, and the way back to the root', () => {
    const html = '<html data-root="/"><a href="/co-quan/">x</a><img src="/a.png"><form action="/tim-kiem/"></form><a href="https://example.org/">y</a></html>';
    expect(rewriteHtml('van-ban/x/index.html', html)).toBe(
      '<html data-root="../../"><a href="../../co-quan/index.html">x</a><img src="../../a.png"><form action="../../tim-kiem/index.html"></form><a href="https://example.org/">y</a></html>',
    );
  });
});
