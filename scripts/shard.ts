/**
 * npm run shard -- plan | build NAME | global | assemble | all [--jobs N]
 *                  [--content <folder>] [--out <folder>] [--work <folder>] [--verbose]
 *
 * The site in shards (content/site.yaml `shards:`; src/shards/plan.ts), after
 * `npm run corpus`:
 *
 * - `plan` lists the shards and each one's content key (src/shards/key.ts)
 *   in .shards/plan.json, and what each document's page shows of the others
 *   in .shards/views/NAME.json (a part reads only its own documents);
 * - `build NAME` renders one shard's document pages into .shards/NAME/dist,
 *   unless its last build there has the same key (then it is taken as it is);
 * - `global` renders the pages that span documents into .shards/_global/dist,
 *   likewise;
 * - `assemble` lays the parts out as one site in dist/ (a file two parts both
 *   write must be the same bytes), indexes it for search and packs the index
 *   for file://;
 * - `all` does the four, building N parts at once (default: one per core).
 *
 * Shards are independent jobs: `npm run shard -- plan`, then `build NAME` for
 * each shard on any runner (GNU parallel here, a CI matrix elsewhere), then
 * `global` and `assemble` where the parts' folders are gathered.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusDir, corpusLayout, eachDocument, readHead } from '../src/corpus/read.js';
import { compileVocabulary } from '../src/parser/vocabulary.js';
import { globalKey, shardKey } from '../src/shards/key.js';
import { planShards, SHARD_NAME, type ShardPlan } from '../src/shards/plan.js';
import { writeSearchIndex } from '../src/search/write-index.js';
import { writeOfflineSearch } from '../src/integrations/offline-search.js';
import { buildModel } from '../src/site/model.js';
import { crossView, crossViewInput, viewsFile } from '../src/site/cross.js';
import { walk } from '../src/files/walk.js';
import { loadOrExplain } from './lib/vocabulary.js';
import { CONTENT_ROOT, contentFromDisk } from '../src/corpus/content-fs.js';
import { runMain } from './lib/report.js';
import { codeDigest } from './lib/disk-cache.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the parts are built (`--work`, default .shards/): a folder per part and the plan. */
let SHARDS = join(ROOT, '.shards');
let PLAN = join(SHARDS, 'plan.json');
/** `--verbose`: Astro's own report of each part's build (its stages, their times). */
let VERBOSE = false;
/** The global part's folder: not a shard name (those are letters, digits and hyphens). */
const GLOBAL = '_global';
const USAGE = 'usage: npm run shard -- plan [--content content] | build NAME | global | assemble [--out dist] | all [--jobs N] [--out dist] [--content content]; any: [--work .shards] [--verbose]';

interface StoredPlan extends ShardPlan {
  /** SHA-256 of the corpus head the plan was made from: a plan of another corpus is refused. */
  head: string;
  global: string;
  shards: Array<{ name: string; slugs: string[]; key: string }>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Make the plan and write it, with each shard's views, into the work
 * folder. Only the plan is returned: the documents and the model it was made
 * from are let go before any part is built.
 */
function writePlan(contentRoot: string): StoredPlan | null {
  const content = loadOrExplain(contentRoot, contentFromDisk(contentRoot), (path) => join(relative(process.cwd(), contentRoot) || '.', path));
  if (!content) return null;
  const layout = corpusLayout();
  if (!existsSync(layout.head)) {
    process.stderr.write(`shard: ${layout.head} is missing: run \`npm run corpus\` first\n`);
    return null;
  }
  const head = readFileSync(layout.head, 'utf8');
  // Each document with only what the views read (src/site/cross.ts): never the corpus whole in this process.
  const corpus = { ...readHead()!.corpus, documents: [...eachDocument()].map(crossViewInput) };
  const vocabulary = compileVocabulary(corpus.taxonomy, corpus.references);
  const plan = planShards(corpus.documents, content.site.shards ?? null, vocabulary);
  const model = buildModel(corpus);
  // What each document's page shows of the others, worked out once: the parts read them, the keys hash them.
  const views = new Map(corpus.documents.map((d) => [d.slug, crossView(d.slug, model)]));
  const inputs = { code: codeDigest(), head, documentBytes: (slug: string) => readFileSync(layout.document(slug)), model, views };
  const stored: StoredPlan = {
    ...plan,
    head: sha256(head),
    global: globalKey(corpus.documents.map((d) => d.slug), inputs),
    shards: plan.shards.map((s) => ({ ...s, key: shardKey(s.slugs, inputs) })),
  };
  mkdirSync(join(SHARDS, 'views'), { recursive: true });
  for (const s of stored.shards) writeFileSync(viewsFile(PLAN, s.name), JSON.stringify(Object.fromEntries(s.slugs.map((slug) => [slug, views.get(slug)!]))));
  writeFileSync(PLAN, `${JSON.stringify(stored, null, 2)}\n`);
  return stored;
}

/** The plan on disk, if it was made from the corpus as it is now. */
function currentPlan(): StoredPlan | null {
  if (!existsSync(PLAN)) {
    process.stderr.write('shard: .shards/plan.json is missing: run `npm run shard -- plan` first\n');
    return null;
  }
  const plan = JSON.parse(readFileSync(PLAN, 'utf8')) as StoredPlan;
  const head = corpusLayout().head;
  if (!existsSync(head) || sha256(readFileSync(head)) !== plan.head) {
    process.stderr.write(`shard: the corpus in ${corpusDir()} changed since .shards/plan.json was made: run \`npm run shard -- plan\` again\n`);
    return null;
  }
  return plan;
}

const partDir = (name: string) => join(SHARDS, name);
/** Every part of the plan (the global pages first) with the key its build must have. */
const partKeys = (plan: StoredPlan): Record<string, string> => ({ [GLOBAL]: plan.global, ...Object.fromEntries(plan.shards.map((s) => [s.name, s.key])) });
/** The command that builds a part. */
const partCommand = (name: string) => (name === GLOBAL ? ['global'] : ['build', name]);
const builtKey = (name: string) => {
  const file = join(partDir(name), 'key');
  return existsSync(file) && existsSync(join(partDir(name), 'dist')) ? readFileSync(file, 'utf8').trim() : null;
};

/** Render one part with Astro, in this process; skipped when its last build has the same key. */
async function buildPart(plan: StoredPlan, name: string): Promise<number> {
  const key = partKeys(plan)[name];
  if (!key) {
    process.stderr.write(`shard: no shard "${name}" in the plan; shards: ${plan.shards.map((s) => s.name).join(', ')}\n`);
    return 1;
  }
  const label = name === GLOBAL ? 'the global pages' : `shard ${name}`;
  if (builtKey(name) === key) {
    process.stderr.write(`shard: ${label} unchanged (key ${key.slice(0, 12)}): taken from its last build\n`);
    return 0;
  }
  const dir = partDir(name);
  // The part's last build stays: its pages are written over and its leftovers swept (src/integrations/sweep.ts).
  rmSync(join(dir, 'key'), { force: true });
  mkdirSync(dir, { recursive: true });
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['SITE_PART'] = name === GLOBAL ? 'global' : `shard:${name}`;
  process.env['SITE_SHARD_PLAN'] = PLAN;
  // Astro writes its prerendered chunks beside the output when the output is under the working folder,
  // else into the project's .astro/, which parts built at once would share: so the part's folder is the working folder.
  process.env['CORPUS_DIR'] = resolve(corpusDir());
  process.chdir(dir);
  const started = performance.now();
  const { build } = await import('astro');
  await build({ root: ROOT, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), logLevel: VERBOSE ? 'info' : 'warn' });
  writeFileSync(join(dir, 'key'), `${key}\n`);
  process.stderr.write(`shard: ${label} built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

/**
 * A part's file in the assembled site: a hard link where the two folders are
 * on one disk (no second copy of tens of gigabytes, and no copying time),
 * else a copy. A part is built again over its last build, so until the
 * next `assemble` a page it rewrites is rewritten in the site too (through
 * the link) and a page it drops stays there; `assemble` then removes the
 * part's files from the site and lays it out again. A file of the site is
 * removed before it is laid out again, so nothing else writes through.
 */
function layOut(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** What the last `assemble` laid out where: each part's key, and the part each file came from. */
interface Layout {
  out: string;
  keys: Record<string, string>;
  files: Record<string, string>;
}

/** Folders and files `assemble` writes itself, over the parts: made again every time. */
const OWN = ['pagefind', 'pagefind-file', 'HUONG-DAN.txt', 'SHA256SUMS'];

/**
 * Lay the parts out as one site, then index it and pack the index for file://.
 * Into a folder it laid out before, only the parts whose key changed are
 * copied again (their old files removed first); the search index is written
 * again over the whole corpus.
 */
async function assemble(plan: StoredPlan, out: string): Promise<number> {
  const keys = partKeys(plan);
  const parts = Object.keys(keys);
  const stale = parts.filter((name) => builtKey(name) !== keys[name]);
  if (stale.length > 0) {
    process.stderr.write(`shard: not built for this plan: ${stale.join(', ')} (run \`npm run shard -- ${stale.map((n) => partCommand(n).join(' ')).join('`, `npm run shard -- ')}\`)\n`);
    return 1;
  }
  const started = performance.now();
  const layoutFile = join(SHARDS, 'assembled.json');
  const before = existsSync(layoutFile) ? (JSON.parse(readFileSync(layoutFile, 'utf8')) as Layout) : null;
  const reuse = before !== null && before.out === out && existsSync(join(out, 'index.html'));
  const owner = new Map<string, string>(reuse ? Object.entries(before.files) : []);
  const changed = parts.filter((name) => !reuse || before.keys[name] !== keys[name]);
  if (reuse) {
    // The files of parts that changed or left the plan go; the others stay where they are.
    const going = new Set([...changed, ...Object.keys(before.keys).filter((name) => !(name in keys))]);
    for (const [file, part] of owner) {
      if (!going.has(part)) continue;
      rmSync(join(out, file), { force: true });
      owner.delete(file);
      // Its folder goes with it once empty (a document no longer in the corpus leaves none behind).
      for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
        try {
          rmdirSync(join(out, folder));
        } catch {
          break;
        }
      }
    }
  } else {
    rmSync(out, { recursive: true, force: true });
  }
  for (const name of OWN) rmSync(join(out, name), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of changed) {
    const from = join(partDir(name), 'dist');
    for (const file of walk(from).files) {
      const other = owner.get(file);
      // Two parts never write one file differently.
      if (other !== undefined) {
        if (!readFileSync(join(from, file)).equals(readFileSync(join(out, file)))) {
          process.stderr.write(`shard: ${file} is written differently by ${other} and ${name}\n`);
          return 1;
        }
        continue;
      }
      mkdirSync(dirname(join(out, file)), { recursive: true });
      layOut(join(from, file), join(out, file));
      owner.set(file, name);
    }
  }
  // A document at a time: the records are made from each one and it is let go.
  await writeSearchIndex({ documents: eachDocument() }, out, (message) => process.stderr.write(`shard: ${message}\n`));
  const payloads = writeOfflineSearch(out);
  const files = Object.fromEntries([...owner.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(layoutFile, JSON.stringify({ out, keys, files } satisfies Layout));
  const pages = [...owner.keys()].filter((f) => f.endsWith('.html')).length;
  process.stderr.write(`shard: ${parts.length} parts assembled into ${relative(process.cwd(), out) || '.'} (${changed.length} laid out again): ${pages.toLocaleString('en')} pages, ${payloads} search files packed, in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

/** Run `npm run shard -- build NAME` for each part, `jobs` at once, as child processes. */
async function buildAll(plan: StoredPlan, jobs: number): Promise<number> {
  // A part whose last build has its key is not started at all; the global pages, the longest part, first.
  const keys = partKeys(plan);
  const queue = Object.keys(keys).filter((name) => builtKey(name) !== keys[name]);
  let failed = 0;
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const args = [...process.execArgv, fileURLToPath(import.meta.url), ...partCommand(name), '--work', SHARDS, ...(VERBOSE ? ['--verbose'] : [])];
      const code = await new Promise<number>((done) => spawn(process.execPath, args, { stdio: 'inherit', cwd: ROOT }).on('close', (c) => done(c ?? 1)));
      if (code !== 0) failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return failed === 0 ? 0 : 1;
}

await runMain('shard', async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string' }, out: { type: 'string', default: 'dist' }, content: { type: 'string' }, work: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  VERBOSE = values.verbose!;
  if (values.work) {
    SHARDS = resolve(values.work);
    PLAN = join(SHARDS, 'plan.json');
    // A part's pages are rendered from chunks Astro writes beside its output, which import the project's packages.
    if (relative(ROOT, SHARDS).startsWith('..')) {
      process.stderr.write(`shard: --work ${values.work}: must be inside the project (${ROOT}), where Astro's chunks find its packages\n`);
      return 1;
    }
  }
  const [command, name] = positionals;
  const out = resolve(values.out!);
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`shard: --jobs ${values.jobs}: expected a whole number of at least 1\n${USAGE}\n`);
    return 1;
  }
  if (command === 'plan' || command === 'all') {
    const planning = performance.now();
    const plan = writePlan(resolve(values.content ?? CONTENT_ROOT));
    if (!plan) return 1;
    process.stderr.write(`shard: plan of ${plan.shards.length} shards made in ${((performance.now() - planning) / 1000).toFixed(1)} s\n`);
    for (const s of plan.shards) process.stdout.write(`${s.name}\t${s.slugs.length} văn bản\t${builtKey(s.name) === s.key ? 'không đổi' : 'cần dựng'}\n`);
    if (command === 'plan') return 0;
    if ((await buildAll(plan, jobs)) !== 0) return 1;
    return assemble(plan, out);
  }
  const plan = currentPlan();
  if (!plan) return 1;
  if (command === 'build' && name && SHARD_NAME.test(name)) return buildPart(plan, name);
  if (command === 'global') return buildPart(plan, GLOBAL);
  if (command === 'assemble') return assemble(plan, out);
  process.stderr.write(`${USAGE}\n`);
  return 1;
});
