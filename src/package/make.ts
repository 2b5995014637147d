/**
 * The offline copy: HUONG-DAN.txt (a plain-Vietnamese guide) and SHA256SUMS
 * (every file) written into the built site, then the folder zipped under one
 * top folder with fixed dates, so the same site gives the same zip. Files
 * are hashed and zipped one at a time, never all held in memory.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf } from '../files/walk.js';
import { Corpus } from '../schemas/corpus.js';
import { documentName } from '../site/text.js';
import { formatSums, sha256OfFile, SUMS_FILE } from './checksums.js';
import { guide } from './guide.js';
import { writeZip } from './zip.js';

export const TOP_FOLDER = 'van-ban-chi-dao';
export const GUIDE_FILE = 'HUONG-DAN.txt';

export async function makePackage(site: string, out: string): Promise<{ zip: string; files: number }> {
  const corpus = Corpus.parse(JSON.parse(readFileSync(join(site, 'du-lieu', 'corpus.json'), 'utf8')));
  const siteFiles = filesOf(site).filter((f) => f !== SUMS_FILE && f !== GUIDE_FILE);
  writeFileSync(join(site, GUIDE_FILE), guide({ title: 'Văn bản chỉ đạo về chính sách xã hội', files: siteFiles.length + 2, documents: corpus.documents.map((d) => documentName(d.meta)) }));
  const all = [...siteFiles, GUIDE_FILE];
  const sums: Array<{ path: string; sum: string }> = [];
  for (const path of all) sums.push({ path, sum: await sha256OfFile(join(site, path)) });
  writeFileSync(join(site, SUMS_FILE), formatSums(sums));
  const names = [...all, SUMS_FILE].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  mkdirSync(out, { recursive: true });
  const zip = join(out, `${TOP_FOLDER}.zip`);
  await writeZip(names.map((path) => ({ name: `${TOP_FOLDER}/${path}`, file: join(site, path) })), zip);
  return { zip, files: names.length };
}
