/**
 * The offline copy: HUONG-DAN.txt (a plain-Vietnamese guide) and SHA256SUMS
 * (every file) written into the built site, then the folder zipped under one
 * top folder with fixed dates, so the same site gives the same zip. Files
 * are read once each, hashed as they go into the zip, one at a time;
 * SHA256SUMS, written when every file is read, is the zip's last entry.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodePoint, filesOf } from '../files/walk.js';
import { readCorpus } from '../corpus/read.js';
import { documentName } from '../site/text.js';
import { formatSums, READ_AT_ONCE, sha256, sha256OfFile, SUMS_FILE } from './checksums.js';
import { guide } from './guide.js';
import { writeZip, type ZipSource } from './zip.js';

export const TOP_FOLDER = 'van-ban-chi-dao';
export const GUIDE_FILE = 'HUONG-DAN.txt';

/**
 * Package a built site. `top` names the zip and its top folder (one shard's
 * copy is `van-ban-chi-dao-<shard>`); `title` heads the guide.
 */
export async function makePackage(site: string, out: string, { top = TOP_FOLDER, title = 'Văn bản chỉ đạo về chính sách xã hội' }: { top?: string; title?: string } = {}): Promise<{ zip: string; files: number }> {
  const corpus = readCorpus(join(site, 'du-lieu'));
  const siteFiles = filesOf(site).filter((f) => f !== SUMS_FILE && f !== GUIDE_FILE);
  writeFileSync(join(site, GUIDE_FILE), guide({ title, files: siteFiles.length + 2, documents: corpus.documents.map((d) => documentName(d.meta)) }));
  const all = [...siteFiles, GUIDE_FILE].sort(byCodePoint);
  mkdirSync(out, { recursive: true });
  const zip = join(out, `${top}.zip`);
  // One read of each file: hashed as it goes into the zip; SHA256SUMS, written once every file is read, goes last.
  const sums: Array<{ path: string; sum: string }> = [];
  const entries: ZipSource[] = all.map((path) => ({
    name: `${top}/${path}`,
    data: async () => {
      const file = join(site, path);
      if ((await stat(file)).size > READ_AT_ONCE) {
        sums.push({ path, sum: await sha256OfFile(file) });
        return createReadStream(file);
      }
      const bytes = await readFile(file);
      sums.push({ path, sum: sha256(bytes) });
      return bytes;
    },
  }));
  entries.push({
    name: `${top}/${SUMS_FILE}`,
    data: async () => {
      const text = Buffer.from(formatSums(sums));
      writeFileSync(join(site, SUMS_FILE), text);
      return text;
    },
  });
  await writeZip(entries, zip);
  return { zip, files: entries.length };
}
