/**
 * What the search index holds: records of a few hundred words, each a run
 * of a document's provisions with a map of them, so that every hit is shown
 * and linked as its own provision and no provision can show twice in a
 * result list. Text is NFC (Pagefind drops the marks of decomposed text before
 * folding). Filters carry display names; the search page maps them to ids.
 */
import type { Corpus } from '../schemas/corpus.js';
import type { Provision } from '../schemas/document.js';
import { bodyTitle, documentName } from '../site/text.js';
import { urls } from '../site/urls.js';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Filter names, as the search page shows them. */
export const FILTERS = {
  document: 'Văn bản',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  year: 'Năm ban hành',
  body: 'Cơ quan chủ trì',
  area: 'Lĩnh vực',
  beneficiary: 'Đối tượng',
} as const;

const UNKNOWN_TYPE = 'Chưa rõ loại văn bản';
const UNKNOWN_ISSUER = 'Chưa rõ cơ quan ban hành';
const UNKNOWN_YEAR = 'Chưa rõ năm';

/** A provision's heading, or its first words: what a result is about. */
function about(p: Provision): string {
  if (p.heading) return p.heading;
  const text = p.paragraphs[0] ?? '';
  const cut = text.split(/\s+/).slice(0, 12).join(' ');
  return cut.length < text.length ? `${cut.replace(/[,;:.]$/, '')} …` : cut;
}

/** One provision (or document part) inside a record: where its words are in the record's content, and its own filters. */
export interface RecordPart {
  /** Its anchor: a provision id, or kinh-gui, mo-dau, chu-ky. */
  id: string;
  /** Its page (a provision's own page, or the document page at the part). */
  url: string;
  title: string;
  /** Its heading or first words. */
  about?: string;
  /** Character offsets of its words in the record's content. */
  start: number;
  end: number;
  /** Its own values of the provision-level filters (body, area, beneficiary), by filter name. */
  filters: Record<string, string[]>;
}

/**
 * About this many words make one record. Pagefind's first download lists
 * every record, so one record per provision makes it grow with the corpus
 * (68,000 records at 1000 directives, 600 KB before the first result);
 * records of a few hundred words keep it about ten times smaller, and a
 * result's fragment small enough to load a dozen per query.
 */
export const RECORD_WORDS = 300;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The search records: each a run of consecutive provisions (and document
 * parts) of one document, in reading order, with the map of its parts in
 * `meta.parts` (JSON) so that the search page finds, ranks, filters and
 * links each provision on its own. A provision is never split across
 * records. Linear in the corpus.
 */
export function searchRecords(corpus: Corpus): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const document of corpus.documents) {
    const name = documentName(document.meta);
    // The document's own ways in, the same on each of its records.
    const own = {
      [FILTERS.document]: [name],
      [FILTERS.type]: [document.meta.documentType ?? UNKNOWN_TYPE],
      [FILTERS.issuer]: [document.meta.issuer ?? UNKNOWN_ISSUER],
      [FILTERS.year]: [document.meta.date?.slice(0, 4) ?? UNKNOWN_YEAR],
    };
    const none = { [FILTERS.body]: [], [FILTERS.area]: [], [FILTERS.beneficiary]: [] };
    const parts: Array<{ id: string; url: string; title: string; about?: string; text: string; filters: Record<string, string[]> }> = [];
    const part = (anchor: string, title: string, lines: string[]) => {
      if (lines.length > 0) parts.push({ id: anchor, url: `${urls.document(document.slug)}#${anchor}`, title, text: lines.join('\n'), filters: none });
    };
    part('kinh-gui', 'Kính gửi', document.addressees.map((a) => a.text));
    part('mo-dau', 'Phần mở đầu', document.preamble.map((p) => p.text));
    const walk = (provisions: Provision[]) => {
      for (const p of provisions) {
        parts.push({
          id: p.id,
          url: urls.provision(document.slug, p.id),
          title: p.label,
          about: about(p),
          text: [p.heading, ...p.paragraphs].filter(Boolean).join('\n'),
          filters: {
            [FILTERS.body]: [...new Set(p.responsible.map((b) => bodyTitle(b)))],
            [FILTERS.area]: p.areas.map((a) => a.label),
            [FILTERS.beneficiary]: p.beneficiaries.map((b) => b.label),
          },
        });
        walk(p.children);
      }
    };
    walk(document.provisions);
    part('chu-ky', 'Chữ ký và nơi nhận', [...(document.signature?.lines ?? []), ...document.copiesTo.map((c) => c.text)]);

    // Consecutive parts, up to about RECORD_WORDS words, make a record.
    let group: typeof parts = [];
    let words = 0;
    const flush = () => {
      if (group.length === 0) return;
      let content = '';
      const map: RecordPart[] = [];
      const union: Record<string, Set<string>> = { [FILTERS.body]: new Set(), [FILTERS.area]: new Set(), [FILTERS.beneficiary]: new Set() };
      for (const g of group) {
        if (content) content += '\n\n';
        const start = content.length;
        content += `${g.title}.\n${g.text}`.normalize('NFC');
        map.push({ id: g.id, url: g.url, title: g.title, ...(g.about ? { about: g.about } : {}), start, end: content.length, filters: g.filters });
        for (const [key, values] of Object.entries(g.filters)) for (const v of values) union[key]!.add(v);
      }
      records.push({
        url: group[0]!.url,
        content,
        language: 'vi',
        meta: { title: group[0]!.title, document: name, parts: JSON.stringify(map), own: JSON.stringify(own) },
        filters: { ...own, ...Object.fromEntries(Object.entries(union).map(([k, v]) => [k, [...v]])) },
      });
      group = [];
      words = 0;
    };
    for (const g of parts) {
      const n = wordCount(g.text) + 2;
      if (group.length > 0 && words + n > RECORD_WORDS) flush();
      group.push(g);
      words += n;
    }
    flush();
  }
  return records;
}
