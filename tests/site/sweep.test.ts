/** A build over the last one: what the new build did not write is swept away, what it wrote stays. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MARKER, markStart, sweepOlder } from '../../src/integrations/sweep.js';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A folder holding the given files, all written an hour ago (an earlier build). */
function earlierBuild(files: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'sweep-'));
  folders.push(folder);
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), 'old');
    utimesSync(join(folder, file), hourAgo, hourAgo);
  }
  return folder;
}

describe('sweeping an output folder built over its last build', () => {
  it('removes the pages the new build did not write, and keeps those it wrote again', () => {
    const out = earlierBuild(['index.html', 'van-ban/a/index.html', 'van-ban/b/index.html', 'van-ban/b/dieu-1/index.html']);
    markStart(out);
    writeFileSync(join(out, 'index.html'), 'new');
    writeFileSync(join(out, 'van-ban/a/index.html'), 'new');
    expect(sweepOlder(out)).toEqual(['van-ban/b/dieu-1/index.html', 'van-ban/b/index.html']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'van-ban/a/index.html'))).toBe(true);
  });

  it('removes the folders it leaves empty, however deep, and no others', () => {
    const out = earlierBuild(['van-ban/b/dieu-1/khoan-2/index.html', 'van-ban/a/index.html']);
    mkdirSync(join(out, 'rong'));
    markStart(out);
    writeFileSync(join(out, 'van-ban/a/index.html'), 'new');
    sweepOlder(out);
    expect(existsSync(join(out, 'van-ban/b'))).toBe(false);
    expect(existsSync(join(out, 'van-ban/a/index.html'))).toBe(true);
    // A folder that was empty before is not this sweep's to remove.
    expect(existsSync(join(out, 'rong'))).toBe(true);
  });

  it('takes its marker away with it', () => {
    const out = earlierBuild(['index.html']);
    markStart(out);
    sweepOlder(out);
    expect(existsSync(join(out, MARKER))).toBe(false);
  });

  it('removes a symbolic link, which no build writes', () => {
    const out = earlierBuild(['index.html']);
    markStart(out);
    writeFileSync(join(out, 'index.html'), 'new');
    symlinkSync('/etc', join(out, 'ra-ngoai'));
    expect(sweepOlder(out)).toEqual(['ra-ngoai']);
    expect(existsSync('/etc')).toBe(true);
  });

  it('removes nothing from a folder no build marked', () => {
    const out = earlierBuild(['index.html', 'van-ban/a/index.html']);
    expect(sweepOlder(out)).toEqual([]);
    expect(existsSync(join(out, 'van-ban/a/index.html'))).toBe(true);
  });
});
