/**
 * SHA256SUMS: one line per file, "<sha-256>  <path>", sorted by path — the
 * format `sha256sum -c` reads, so a library can also check a copy with the
 * tools of any Linux machine.
 */
import { createHash } from 'node:crypto';

export const SUMS_FILE = 'SHA256SUMS';

export function sha256(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function formatSums(files: Array<{ path: string; data: Buffer | Uint8Array }>): string {
  return `${[...files]
    .filter((f) => f.path !== SUMS_FILE)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${sha256(f.data)}  ${f.path}`)
    .join('\n')}\n`;
}

export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const found = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (found) sums.set(found[2]!, found[1]!);
  }
  return sums;
}

export interface Verification {
  missing: string[];
  changed: string[];
  extra: string[];
  checked: number;
}

/** Compare files with their sums: every difference is named. */
export function verify(files: Map<string, Buffer | Uint8Array>, sums: Map<string, string>): Verification {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [path, sum] of sums) {
    const data = files.get(path);
    if (!data) missing.push(path);
    else if (sha256(data) !== sum) changed.push(path);
  }
  const extra = [...files.keys()].filter((path) => path !== SUMS_FILE && !sums.has(path)).sort();
  return { missing: missing.sort(), changed: changed.sort(), extra, checked: sums.size };
}
