/**
 * npm run package [-- --site dist --out release]
 *
 * Makes the offline copy (src/package/make.ts): HUONG-DAN.txt and SHA256SUMS
 * written into the built site, and release/van-ban-chi-dao.zip.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makePackage } from '../src/package/make.js';
import { SUMS_FILE } from '../src/package/checksums.js';
import { runMain } from './lib/report.js';

await runMain('package', async () => {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' } } });
  const site = resolve(values.site!);
  if (!existsSync(join(site, 'index.html'))) {
    process.stderr.write(`package: ${values.site}/index.html không có: hãy chạy \`npm run build\` trước\n`);
    return 1;
  }
  try {
    const { zip, files } = await makePackage(site, values.out!);
    process.stdout.write(`Đã tạo ${zip} (${files} tệp) và ${values.site}/${SUMS_FILE}.\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`package: ${(error as Error).message}\n`);
    return 1;
  }
});
