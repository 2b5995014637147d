/**
 * The search page's script (src/pages/tim-kiem/index.astro): reads the query
 * and filters from the address, asks Pagefind by the plan of pairs.ts, loads
 * records a few at a time, splits them into provisions (parts.ts), ranks
 * them (rank.ts) and draws results, filters and the documents a query names.
 * Everything drawn from a document is set as text, never as HTML. In a
 * module of its own so that it is type-checked with the rest.
 */
import { documentsNamed, expandQuery } from './expand.js';
import { searchPlan } from './pairs.js';
import { deadlineValues, expandOverdue, FILTERS, mentions, OVERDUE, partsOf, passes, type PartHit } from './parts.js';
import { excerptOf, rerank } from './rank.js';
import type { SearchVocabulary } from './vocabulary.js';

/** Address parameter for each filter (readable, stable). */
const PARAMS: Record<string, string> = { document: 'van-ban', type: 'loai', issuer: 'ban-hanh', year: 'nam', body: 'co-quan', area: 'linh-vuc', beneficiary: 'doi-tuong', deadline: 'thoi-han' };
/** This month in the reader's calendar (YYYY-MM): what "overdue" is counted from. */
const thisMonth = (() => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
})();
const NAMES = JSON.parse(document.getElementById('bo-loc-ten')!.textContent!) as Record<string, string>;
const form = document.getElementById('tim') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('trang-thai')!;
const list = document.getElementById('ket-qua')!;
const filterBox = document.getElementById('bo-loc')!;
const more = document.getElementById('them') as HTMLButtonElement;
const panel = document.getElementById('loc') as HTMLDetailsElement;
const named = document.getElementById('van-ban-goi-ten')!;
// The filters work only with this script: shown by it.
panel.hidden = false;
/**
 * Filter data (every value of every filter) is loaded only when filters are
 * used: it grows with the corpus, and a plain search does not need it.
 */
let filtersLoaded = false;
/** Every value of every filter, with its count over the whole corpus. */
let allFilters: Record<string, Record<string, number>> = {};
async function ensureFilters(): Promise<void> {
  if (!filtersLoaded) {
    allFilters = await pagefind.filters();
    filtersLoaded = true;
  }
}
/**
 * Records loaded at a time: each holds a run of provisions, ranked by the
 * rules of search/rank.ts. The first results are ranked over more of them:
 * the best must come first.
 */
const FIRST_RECORDS = 6;
const RECORDS = 4;
/** Milliseconds of pause in typing before the query is searched. */
const PAUSE = 50;
/** At most this many batches of records are loaded for one page of results. */
const MAX_BATCHES = 3;
/** Results are shown ten at a time. */
const PAGE = 10;
/** The readings of the current query, for excerpts. */
let readings: string[] = [];

interface Data { url: string; excerpt: string; content: string; meta: Record<string, string> }
interface Result { id: string; score: number; data: () => Promise<Data> }
interface Search { results: Result[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  init: () => Promise<void>;
  options: (o: object) => Promise<void>;
  search: (q: string | null, o: object) => Promise<Search | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (path: string, o: object) => Promise<void>;
}

let pagefind: Pagefind;
let vocabulary: SearchVocabulary = { dWords: {}, abbreviations: [], documents: [] };
let latest = 0;

function selected(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const values = out[box.name] ?? [];
    values.push(box.value);
    out[box.name] = values;
  }
  return out;
}

/** About 30 words around the first match, cut at word boundaries, the matched words marked. */
function excerpt(words: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of excerptOf(words, readings)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      out.append(mark);
    } else out.append(document.createTextNode(part.text));
  }
  return out;
}

function writeAddress(query: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, param] of Object.entries(PARAMS)) for (const value of filters[NAMES[key]!] ?? []) params.append(param, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** At most this many values per filter are offered: the most frequent in the results, and any chosen. */
const MAX_VALUES = 12;

/**
 * The filters of the current results: each value with its count, most
 * frequent first. Chosen values always stay, so they can be unticked.
 */
function renderFilters(counts: Record<string, Record<string, number>>, chosen: Record<string, string[]>, withoutCounts = false, offerAll = false): void {
  // A keyboard user ticking a box keeps their place when the counts are redrawn.
  const focused = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement) ? { name: document.activeElement.name, value: document.activeElement.value } : null;
  filterBox.replaceChildren();
  for (const key of Object.keys(PARAMS)) {
    const name = NAMES[key]!;
    const picked = chosen[name] ?? [];
    const offered = Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || offerAll || picked.includes(value));
    // Deadlines in order of time (and "overdue" first, where a month has passed); other filters most frequent first.
    const values =
      key === 'deadline'
        ? deadlineValues(offered.map(([value]) => value), picked, thisMonth)
        : offered
            .sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'vi'))
            .slice(0, MAX_VALUES)
            .map(([value]) => value);
    for (const value of picked) if (!values.includes(value)) values.push(value);
    if (values.length === 0) continue;
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = name;
    set.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = picked.includes(value);
      box.addEventListener('change', () => void run());
      label.append(box, offerAll || withoutCounts || value === OVERDUE ? ` ${value}` : ` ${value} (${counts[name]?.[value] ?? 0})`);
      set.append(label);
    }
    filterBox.append(set);
  }
  if (focused) {
    const again = [...filterBox.querySelectorAll<HTMLInputElement>('input')].find((box) => box.name === focused.name && box.value === focused.value);
    again?.focus();
  }
  if (filterBox.childElementCount === 0 && panel.open) {
    const note = document.createElement('p');
    note.className = 'muted';
    note.textContent = 'Hãy tìm một từ để xem các bộ lọc của kết quả.';
    filterBox.append(note);
  }
}

async function run(): Promise<void> {
  const ticket = ++latest;
  const query = input.value.trim();
  const filters = selected();
  writeAddress(query, filters);
  const anyFilter = Object.values(filters).some((v) => v.length > 0);
  if (anyFilter || panel.open) await ensureFilters();
  if (!query && !anyFilter) {
    list.replaceChildren();
    status.textContent = '';
    more.hidden = true;
    renderFilters({}, filters);
    return;
  }
  const queries = query ? expandQuery(query, vocabulary) : [];
  const plan = query ? searchPlan(queries) : { first: [null], fallback: [] };
  // "Overdue" stands for every month before the reader's own.
  const wanted = expandOverdue(filters, Object.keys(allFilters[FILTERS.deadline] ?? {}), thisMonth);
  const found = await searchAll(plan.first, wanted);
  if (ticket !== latest) return;
  searches = found;
  later = plan.fallback;
  readings = queries;
  seenRecords = new Set();
  records = merged(found);
  current = { query, filters: wanted, chosen: filters };
  ranked = [];
  shown = 0;
  await loadRecords(ticket);
  if (ticket !== latest) return;
  // With nothing found under the chosen filters, every value stays offered, to switch to another.
  if (ranked.length === 0 && anyFilter) renderFilters(allFilters, filters, true, true);
  else renderFilters(...countsOf(searches));
  renderNamed(query);
  list.replaceChildren(...ranked.slice(0, PAGE).map(resultItem));
  shown = Math.min(PAGE, ranked.length);
  more.hidden = shown >= ranked.length && records.length === 0 && later.length === 0;
  // Tell tests and benchmarks that the results are on the page.
  requestAnimationFrame(() => document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query, count: ranked.length } })));
  const about = query ? ` cho “${query}”` : '';
  const remaining = records.length > 0 || later.length > 0;
  status.textContent = ranked.length > 0
    ? `Tìm thấy ${ranked.length} kết quả${about}${remaining ? ', còn nữa' : ''}.`
    : remaining
      ? `Chưa thấy điều khoản nào chứa đủ các từ${about} trong những phần đã xem. Bấm “Xem thêm kết quả” để xem tiếp.`
      : `Không tìm thấy kết quả nào${about}. Hãy thử ${anyFilter ? 'bỏ bớt bộ lọc, ' : ''}gõ ít từ hơn, hoặc gõ lại có dấu (hay không dấu).`;
}

/**
 * The values of each filter in the results, with counts of provisions.
 * Pagefind counts records (runs of provisions); once every record found is
 * loaded, the provisions are counted exactly; before that the values are
 * offered in Pagefind's order without a count.
 */
function countsOf(searches: Search[]): [Record<string, Record<string, number>>, Record<string, string[]>, boolean] {
  const filters = current.chosen;
  if (records.length === 0 && later.length === 0) {
    const counts: Record<string, Record<string, number>> = {};
    for (const part of ranked) {
      for (const [name, values] of Object.entries(part.filters)) {
        const count = counts[name] ?? {};
        for (const v of values) count[v] = (count[v] ?? 0) + 1;
        counts[name] = count;
      }
    }
    return [counts, filters, false];
  }
  const counts: Record<string, Record<string, number>> = {};
  for (const search of searches) {
    for (const [name, values] of Object.entries(search.filters)) {
      const count = counts[name] ?? {};
      for (const [value, n] of Object.entries(values)) count[value] = Math.max(count[value] ?? 0, n);
      counts[name] = count;
    }
  }
  return [counts, filters, true];
}

/** Pagefind's answers to each query of a plan, in its order (null: no query, the filters alone). */
async function searchAll(queries: Array<string | null>, filters: Record<string, string[]>): Promise<Search[]> {
  // Months of the deadline filter are alternatives (any of them); Pagefind's arrays ask for all.
  const deadline = filters[FILTERS.deadline];
  const asked = deadline && deadline.length > 1 ? { ...filters, [FILTERS.deadline]: { any: deadline } } : filters;
  return (await Promise.all(queries.map((q) => pagefind.search(q, { filters: asked })))).filter((s): s is Search => s !== null);
}

/**
 * One entry per record, not yet loaded: the queries come best first (pairs
 * before words alone; with "đ", with abbreviations, then as typed), and a
 * record ranks with the first query that found it, then by Pagefind's score.
 */
function merged(found: Search[]): Result[] {
  const best = new Map<string, { result: Result; reading: number }>();
  found.forEach((search, reading) => {
    for (const result of search.results) if (!seenRecords.has(result.id) && !best.has(result.id)) best.set(result.id, { result, reading });
  });
  for (const id of best.keys()) seenRecords.add(id);
  return [...best.values()].sort((a, b) => a.reading - b.reading || b.result.score - a.result.score).map((x) => x.result);
}

/** The current plan's Pagefind answers so far, and the queries still to ask if too little is found. */
let searches: Search[] = [];
let later: string[] = [];
let seenRecords = new Set<string>();

/** The records Pagefind found and not yet loaded, best first. */
let records: Result[] = [];
/** The provisions found so far, in the order shown, and how many are on the page. */
let ranked: PartHit[] = [];
let shown = 0;
/** The query, the filters it is searched with, and those the reader ticked ("overdue" unexpanded). */
let current: { query: string; filters: Record<string, string[]>; chosen: Record<string, string[]> } = { query: '', filters: {}, chosen: {} };

/**
 * Load the next records and add the provisions in them that the query or
 * filters select, re-ranked among themselves as a reader expects (phrase
 * first, words as typed first …), after those already found. Records are
 * loaded until a page of provisions is found, none is left, or a few
 * batches are spent (a query whose words are everywhere but never together
 * must not load the whole index: "Xem thêm" goes on).
 */
async function loadRecords(ticket: number): Promise<void> {
  const want = shown + PAGE;
  let batches = 0;
  while (ranked.length < want && (records.length > 0 || later.length > 0) && batches < MAX_BATCHES) {
    if (records.length === 0) {
      // The pairs found too little: the words alone, wherever they stand.
      const found = await searchAll(later, current.filters);
      if (ticket !== latest) return;
      later = [];
      searches = [...searches, ...found];
      records = merged(found);
      continue;
    }
    batches += 1;
    const batch = records.splice(0, ranked.length === 0 ? FIRST_RECORDS : RECORDS);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (ticket !== latest) return;
    const hits = data.flatMap((d) => partsOf(d)).filter((p) => passes(p, current.filters) && (!current.query || mentions(p.content, readings)));
    const seen = new Set(ranked.map((p) => p.id));
    const fresh = hits.filter((p) => !seen.has(p.id) && seen.add(p.id));
    // Pagefind's order (best reading, then its score) is kept among equals.
    const scored = fresh.map((p, i) => ({ ...p, reading: 0, score: fresh.length - i, aside: p.url.includes('#') }));
    ranked.push(...(current.query ? rerank(scored, readings, current.query) : scored));
  }
}


/** A document the query names by number or short name ("KL 92"): its own page, above the provisions citing it. */
function renderNamed(query: string): void {
  const documents = query ? documentsNamed(query, vocabulary) : [];
  named.replaceChildren(
    ...documents.map((d) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = pageUrl(d.href);
      link.textContent = d.title;
      item.append('Văn bản: ', link);
      return item;
    }),
  );
  named.hidden = documents.length === 0;
}

/** A result: the provision and what it is about, the document it is in, an excerpt. */
function resultItem(d: PartHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = pageUrl(d.url);
  link.textContent = d.about ? `${d.title}: ${d.about}` : d.title;
  const doc = document.createElement('p');
  doc.className = 'muted in-document';
  doc.textContent = d.document;
  const text = document.createElement('p');
  text.append(excerpt(d.text));
  item.append(link, doc, text);
  return item;
}

async function showMore(): Promise<void> {
  await loadRecords(latest);
  const items = ranked.slice(shown, shown + PAGE).map(resultItem);
  shown += items.length;
  list.append(...items);
  more.hidden = shown >= ranked.length && records.length === 0 && later.length === 0;
  items[0]?.querySelector('a')?.focus();
}

/** The site root as this page sees it ("../" …), set at build. */
const root = document.documentElement.dataset['root'] ?? '/';
const base = new URL(root, location.href).href;

/** A record's address ("/van-ban/x/muc-1/") as a link from this page, to a file. */
function pageUrl(address: string): string {
  const [path, hash] = address.split('#');
  const file = path!.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html');
  return `${root}${file}${hash ? `#${hash}` : ''}`;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

/**
 * Over file:// Pagefind's module and its fetches are refused: answer its
 * requests from the payload scripts written at build (offline-search.ts)
 * and load its bundle as a classic script.
 */
async function pagefindFromFiles(pagefindBase: string): Promise<Pagefind> {
  const files = new Map<string, Uint8Array>();
  const pending = new Map<string, (bytes: Uint8Array) => void>();
  (window as unknown as { __pagefindFile: (key: string, data: string) => void }).__pagefindFile = (key, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    files.set(key, bytes);
    pending.get(key)?.(bytes);
  };
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const absolute = new URL(url, location.href).href;
    if (!absolute.startsWith(pagefindBase)) return original(input, init);
    const key = decodeURIComponent(absolute.slice(pagefindBase.length).split(/[?#]/)[0]!);
    let bytes = files.get(key);
    if (!bytes) {
      const arrived = new Promise<Uint8Array>((resolve) => pending.set(key, resolve));
      await loadScript(`${root}pagefind-file/${key}.js`);
      bytes = await arrived;
    }
    return new Response(bytes as BlobPart, { status: 200 });
  };
  await loadScript(`${root}pagefind/pagefind.classic.js`);
  return (window as unknown as { __pagefind: Pagefind }).__pagefind;
}

/** A native dynamic import, out of the bundler's reach (it would rewrite it, and this script is inlined). */
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

async function start(): Promise<void> {
  const pagefindBase = new URL('pagefind/', base).href;
  const offline = location.protocol === 'file:';
  pagefind = offline ? await pagefindFromFiles(pagefindBase) : ((await importModule(`${pagefindBase}pagefind.js`)) as Pagefind);
  // baseUrl '/' keeps result addresses as indexed ("/van-ban/…/"); pageUrl() makes them relative.
  await pagefind.options({ basePath: pagefindBase, baseUrl: '/', excerptLength: 24, noWorker: true });
  // A site whose shards keep search indexes of their own lists the others here, searched with the first
  // (Pagefind's multisite search; `npm run bench:merge` weighs it against one index, which the site uses).
  const otherIndexes = (document.documentElement.dataset['searchMerge'] ?? '').split(/\s+/).filter(Boolean);
  if (!offline) for (const path of otherIndexes) await pagefind.mergeIndex(new URL(path, base).href, { baseUrl: '/' });
  await pagefind.init();
  vocabulary = JSON.parse(document.getElementById('tu-vung')!.textContent!) as SearchVocabulary;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const chosen: Record<string, string[]> = {};
  for (const [key, param] of Object.entries(PARAMS)) {
    const values = params.getAll(param);
    if (values.length > 0) chosen[NAMES[key]!] = values;
  }
  // Chosen in the address: show them ticked before the first results arrive.
  renderFilters(Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, Object.fromEntries(values.map((v) => [v, 0]))])), chosen);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // A search at each keystroke, once typing pauses for a moment: a burst of
  // keys does not load the index for every prefix on the way.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), PAUSE);
  });
  more.addEventListener('click', () => void showMore());
  panel.addEventListener('toggle', () => {
    if (panel.open) void run();
  });
  if (Object.keys(chosen).length > 0) panel.open = true;
  await run();
}

start().catch((error) => {
  console.error(error);
  status.textContent = 'Không tải được bộ tìm kiếm. Hãy tải lại trang, hoặc tra theo cơ quan, lĩnh vực.';
});
