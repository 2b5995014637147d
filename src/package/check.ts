/**
 * Check an offline copy — a folder or its zip — against its SHA256SUMS,
 * reading each file once as a stream. A folder is walked without following
 * links (a link is named, not read); a zip is read through the limits of
 * zip.ts. The one top folder of a zip is its root.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { walk } from '../files/walk.js';
import { parseSums, sha256Of, sha256OfFile, SUMS_FILE, verify, type Sums, type Verification } from './checksums.js';
import { readZip, ZipError } from './zip.js';

export interface CopyCheck extends Verification {
  /** Links in a folder, never followed. */
  links: string[];
  /** SHA256SUMS lines that cannot be read. */
  unreadable: Sums['unreadable'];
  /** Whether the copy holds its SHA256SUMS at all. */
  hasSums: boolean;
}

/** At most this much of a zip's SHA256SUMS is read (a site of a million files has a file of about 100 MB). */
const MAX_SUMS = 256 * 1024 * 1024;

async function fromFolder(folder: string): Promise<{ hashes: Map<string, string>; sums: string | null; links: string[] }> {
  const { files, links } = walk(folder);
  const hashes = new Map<string, string>();
  for (const path of files) if (path !== SUMS_FILE) hashes.set(path, await sha256OfFile(join(folder, path)));
  const sums = files.includes(SUMS_FILE) ? await readFile(join(folder, SUMS_FILE), 'utf8') : null;
  return { hashes, sums, links };
}

async function fromZip(path: string): Promise<{ hashes: Map<string, string>; sums: string | null; links: string[] }> {
  const entries = new Map<string, string>();
  const sumsText = new Map<string, string>();
  await readZip(path, async (name, data) => {
    if (name.split('/').at(-1) === SUMS_FILE && name.split('/').length <= 2) {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of data) {
        size += (chunk as Buffer).length;
        if (size > MAX_SUMS) throw new ZipError(`tệp ${SUMS_FILE} trong tệp nén lớn quá ${MAX_SUMS / 1024 ** 2} MB`);
        chunks.push(chunk as Buffer);
      }
      sumsText.set(name, Buffer.concat(chunks).toString('utf8'));
      return;
    }
    entries.set(name, await sha256Of(data));
  });
  // Strip the one top folder of the archive.
  const names = [...entries.keys(), ...sumsText.keys()];
  const tops = new Set(names.map((n) => n.split('/')[0]));
  const strip = tops.size === 1 && names.every((n) => n.includes('/'));
  const local = (name: string) => (strip ? name.slice(name.indexOf('/') + 1) : name);
  const hashes = new Map([...entries].map(([name, hash]) => [local(name), hash]));
  const sums = [...sumsText].find(([name]) => local(name) === SUMS_FILE)?.[1] ?? null;
  return { hashes, sums, links: [] };
}

export async function checkCopy(target: string): Promise<CopyCheck> {
  const { hashes, sums, links } = (await stat(target)).isDirectory() ? await fromFolder(target) : await fromZip(target);
  if (sums === null) return { missing: [], changed: [], extra: [], checked: 0, links, unreadable: [], hasSums: false };
  const parsed = parseSums(sums);
  return { ...verify(hashes, parsed.sums), links, unreadable: parsed.unreadable, hasSums: true };
}
