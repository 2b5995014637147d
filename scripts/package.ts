/**
 * npm run package [-- --site dist --out release]
 * npm run package -- --shard NAME [--out release] [--content content] [--work .shards]
 *
 * Makes the offline copy (src/package/make.ts): HUONG-DAN.txt and SHA256SUMS
 * written into the built site, and release/van-ban-chi-dao.zip.
 *
 * With `--shard NAME`, one shard's copy (a province's, say: see
 * `npm run shard -- plan`): its directives read as a corpus of their own and
 * built as a whole site — their pages, and the pages that span documents made
 * from these documents alone (bodies, areas, catalogue, search, data) — in
 * release/van-ban-chi-dao-NAME.zip. A citation of a document of another shard
 * is shown as a document not in this copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makePackage, TOP_FOLDER } from '../src/package/make.js';
import { SUMS_FILE } from '../src/package/checksums.js';
import { CONTENT_ROOT } from '../src/corpus/content-fs.js';
import { runMain } from './lib/report.js';

/** Where a directive's folder is: content/directives/, or a folder added to the corpus build ($CORPUS_ADD). */
function directiveFolder(slug: string, contentRoot: string): string | null {
  const candidates = [join(contentRoot, 'directives', slug), ...(process.env['CORPUS_ADD'] ?? '').split(':').filter(Boolean).map((folder) => join(folder, slug))];
  return candidates.find((folder) => existsSync(folder)) ?? null;
}

/** Build one shard as a site of its own into a scratch folder; returns the site's folder. */
function buildShardSite(name: string, contentRoot: string, work: string, scratch: string): string | { error: string } {
  const planPath = join(work, 'plan.json');
  if (!existsSync(planPath)) return { error: `${planPath} không có: hãy chạy \`npm run shard -- plan\` trước` };
  const plan = JSON.parse(readFileSync(planPath, 'utf8')) as { shards: Array<{ name: string; slugs: string[] }> };
  const shard = plan.shards.find((s) => s.name === name);
  if (!shard) return { error: `không có phần "${name}"; các phần: ${plan.shards.map((s) => s.name).join(', ')}` };
  const content = join(scratch, 'content');
  for (const part of ['taxonomy', 'references', 'site.yaml']) cpSync(join(contentRoot, part), join(content, part), { recursive: true });
  for (const slug of shard.slugs) {
    const folder = directiveFolder(slug, contentRoot);
    if (!folder) return { error: `không tìm thấy thư mục của văn bản ${slug} (trong content/directives hay $CORPUS_ADD)` };
    cpSync(folder, join(content, 'directives', slug), { recursive: true });
  }
  const corpus = join(scratch, 'corpus');
  const site = join(scratch, 'site');
  const bin = resolve('node_modules', '.bin');
  const read = spawnSync(join(bin, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpus, '--quiet'], { encoding: 'utf8', env: { ...process.env, CORPUS_ADD: '' } });
  if (read.status !== 0) return { error: `đọc các văn bản của phần ${name} không được:\n${read.stderr}` };
  const built = spawnSync(join(bin, 'astro'), ['build', '--outDir', site, '--silent'], { encoding: 'utf8', env: { ...process.env, CORPUS_DIR: corpus, ASTRO_TELEMETRY_DISABLED: '1', SITE_PART: 'all' } });
  if (built.status !== 0) return { error: `dựng trang của phần ${name} không được:\n${built.stderr}` };
  return site;
}

await runMain('package', async () => {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' }, shard: { type: 'string' }, content: { type: 'string' }, work: { type: 'string', default: '.shards' } } });
  if (values.shard) {
    const scratch = mkdtempSync(join(resolve('node_modules', '.cache'), 'package-shard-'));
    try {
      const site = buildShardSite(values.shard, resolve(values.content ?? CONTENT_ROOT), resolve(values.work!), scratch);
      if (typeof site !== 'string') {
        process.stderr.write(`package: ${site.error}\n`);
        return 1;
      }
      const { zip, files } = await makePackage(site, values.out!, { top: `${TOP_FOLDER}-${values.shard}`, title: `Văn bản chỉ đạo — phần ${values.shard}` });
      process.stdout.write(`Đã tạo ${zip} (${files} tệp): bản đọc không cần mạng của phần ${values.shard}.\n`);
      return 0;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
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
