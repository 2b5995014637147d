/**
 * SHA256SUMS: one line per file, "<sha-256>  <path>", sorted by path — the
 * format `sha256sum -c` reads, so a library can also check a copy with the
 * tools of any Linux machine — and read back exactly as `sha256sum -c` reads
 * it: hex in either case, "*" (binary) or " " before the name, a leading
 * "./", a name with "\\" and newlines escaped behind a leading "\", and the
 * BSD form "SHA256 (path) = <sha-256>". A line it cannot read is named, never
 * skipped in silence.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { byCodePoint } from '../files/walk.js';
import { printable } from '../text/printable.js';

export const SUMS_FILE = 'SHA256SUMS';

export function sha256(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The SHA-256 of a stream, read once, never held whole. */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Files up to this size are read at once (faster for the many small pages of a site); larger ones streamed. */
export const READ_AT_ONCE = 8 * 1024 * 1024;

export async function sha256OfFile(path: string): Promise<string> {
  if ((await stat(path)).size <= READ_AT_ONCE) return sha256(await readFile(path));
  return sha256Of(createReadStream(path));
}

/** One line, escaped as GNU coreutils escapes a name holding "\" or a newline. */
function sumLine(sum: string, path: string): string {
  if (!/[\\\n\r]/.test(path)) return `${sum}  ${path}`;
  return `\\${sum}  ${path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`;
}

export function formatSums(sums: Array<{ path: string; sum: string }>): string {
  return `${[...sums]
    .filter((f) => f.path !== SUMS_FILE)
    .sort((a, b) => byCodePoint(a.path, b.path))
    .map((f) => sumLine(f.sum, f.path))
    .join('\n')}\n`;
}

export interface Sums {
  /** Path (without "./") → lower-case hex. */
  sums: Map<string, string>;
  /** Lines that are not a checksum line, by number (from 1), as printable text. */
  unreadable: Array<{ line: number; text: string }>;
}

function unescapeName(name: string): string | null {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c !== '\\') out += c;
    else {
      const next = name[++i];
      if (next === '\\') out += '\\';
      else if (next === 'n') out += '\n';
      else if (next === 'r') out += '\r';
      else return null;
    }
  }
  return out;
}

/** A relative path inside the copy, or null: no absolute path, no "..", "./" dropped. */
function insidePath(name: string): string | null {
  let path = name;
  while (path.startsWith('./')) path = path.slice(2);
  if (path === '' || path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '')) return null;
  return path;
}

export function parseSums(text: string): Sums {
  const sums = new Map<string, string>();
  const unreadable: Sums['unreadable'] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const escaped = line.startsWith('\\');
    const body = escaped ? line.slice(1) : line;
    const gnu = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(body);
    const bsd = /^SHA256 \((.+)\) = ([0-9a-fA-F]{64})$/.exec(body);
    const [sum, rawName] = gnu ? [gnu[1]!, gnu[2]!] : bsd ? [bsd[2]!, bsd[1]!] : [null, null];
    const name = rawName === null ? null : escaped ? unescapeName(rawName) : rawName;
    const path = name === null ? null : insidePath(name);
    const known = path === null ? undefined : sums.get(path);
    if (sum === null || path === null || (known !== undefined && known !== sum.toLowerCase())) {
      unreadable.push({ line: index + 1, text: printable(line).slice(0, 200) });
      return;
    }
    sums.set(path, sum.toLowerCase());
  });
  return { sums, unreadable };
}

export interface Verification {
  missing: string[];
  changed: string[];
  extra: string[];
  checked: number;
}

/** Compare the files' hashes (path → hex) with their sums: every difference is named. */
export function verify(hashes: Map<string, string>, sums: Map<string, string>): Verification {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [path, sum] of sums) {
    const hash = hashes.get(path);
    if (hash === undefined) missing.push(path);
    else if (hash !== sum) changed.push(path);
  }
  const extra = [...hashes.keys()].filter((path) => path !== SUMS_FILE && !sums.has(path)).sort();
  return { missing: missing.sort(), changed: changed.sort(), extra, checked: sums.size };
}
