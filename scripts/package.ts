/**
 * npm run package [-- --site dist --out release]
 *
 * Makes the offline copy: writes HUONG-DAN.txt (plain-Vietnamese guide) and
 * SHA256SUMS (every file) into the built site, then zips the folder as
 * release/van-ban-chi-dao.zip (one top folder, fixed dates: the same site
 * gives the same zip).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSums, SUMS_FILE } from '../src/package/checksums.js';
import { guide } from '../src/package/guide.js';
import { writeZip } from '../src/package/zip.js';
import { Corpus } from '../src/schemas/corpus.js';
import { documentName } from '../src/site/text.js';
import { files } from './lib/files.js';
import { runMain } from './lib/report.js';

export const TOP_FOLDER = 'van-ban-chi-dao';

await runMain('package', () => {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' } } });
  const site = resolve(values.site!);
  if (!existsSync(join(site, 'index.html'))) {
    process.stderr.write(`package: ${values.site}/index.html is missing: run \`npm run build\` first\n`);
    return 1;
  }
  const corpus = Corpus.parse(JSON.parse(readFileSync(join(site, 'du-lieu', 'corpus.json'), 'utf8')));
  const names = corpus.documents.map((d) => documentName(d.meta));
  const siteFiles = files(site).filter((f) => f !== SUMS_FILE && f !== 'HUONG-DAN.txt');
  writeFileSync(join(site, 'HUONG-DAN.txt'), guide({ title: 'Văn bản chỉ đạo về chính sách xã hội', files: siteFiles.length + 2, documents: names }));
  const all = [...siteFiles, 'HUONG-DAN.txt'].map((path) => ({ path, data: readFileSync(join(site, path)) }));
  writeFileSync(join(site, SUMS_FILE), formatSums(all));
  const entries = [...all, { path: SUMS_FILE, data: readFileSync(join(site, SUMS_FILE)) }]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => ({ path: `${TOP_FOLDER}/${f.path}`, data: f.data }));
  mkdirSync(values.out!, { recursive: true });
  const zipPath = join(values.out!, `${TOP_FOLDER}.zip`);
  writeFileSync(zipPath, writeZip(entries));
  process.stdout.write(`Đã tạo ${zipPath} (${entries.length} tệp) và ${values.site}/${SUMS_FILE}.\n`);
  return 0;
});
