/**
 * What the search index holds: records of a few hundred words, each a run
 * of a document's provisions with a map of them, so that every hit is shown
 * and linked as its own provision and no provision can show twice in a
 * result list. Text is NFC (Pagefind drops the marks of decomposed text before
 * folding). Filters carry display names; the search page maps them to ids.
 */
import type { DirectiveDocument, Provision } from '../schemas/document.js';
import { bodyTitle, documentName } from '../site/text.js';
import { urls } from '../site/urls.js';
import { pairTokens } from './pairs.js';
import { DOCUMENT_PARTS, FILTERS, monthValue, PART_FILTERS, type PartTuple } from './parts.js';
import { dueDate } from '../site/checklist.js';
import { taskProvision } from '../site/model.js';
import type { Deadline } from '../schemas/document.js';

/** A deadline's value in the search's "Thời hạn" filter: the month it falls due in, or its kind when it has no day. */
function deadlineFilter(d: Deadline): string[] {
  const due = dueDate(d);
  if (due) return [monthValue(due)];
  return d.kind === 'every' ? ['Định kỳ'] : d.kind === 'ongoing' ? ['Thường xuyên'] : [];
}

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export { FILTERS } from './parts.js';

const UNKNOWN_TYPE = 'Chưa rõ loại văn bản';
const UNKNOWN_ISSUER = 'Chưa rõ cơ quan ban hành';
const UNKNOWN_YEAR = 'Chưa rõ năm';

/**
 * About this many words make one record. Pagefind's first download lists
 * every record (about 7 bytes each, gzipped), and every result loads its
 * record whole: one record per provision made the list 600 KB at 1000
 * directives (68,000 records); records of about 1,200 words balance the list
 * (about 30 KB there) against the half-dozen records a first page of results
 * loads (about 4 KB each).
 */
export const RECORD_WORDS = 1200;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Text as Pagefind gives it back: NFC, its words joined by single spaces
 * (it splits on Unicode white space and drops zero-width spaces), so that a
 * part's offsets point into the content a result carries.
 */
export function asPagefindKeeps(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u200b/g, '')
    .split(/[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/)
    .filter(Boolean)
    .join(' ');
}

/**
 * What a provision is about, as the length of the start of its text that
 * says it: its heading, or its first dozen words (cut: 1 when more follow,
 * shown with "…"). Its text, as Pagefind keeps it, starts with either.
 */
function aboutSpan(p: Provision): [number, 0 | 1] {
  if (p.heading) return [asPagefindKeeps(p.heading).length, 0];
  const words = asPagefindKeeps(p.paragraphs[0] ?? '').split(' ').filter(Boolean);
  if (words.length <= 12) return [words.join(' ').length, 0];
  const cut = words.slice(0, 12).join(' ');
  return [/[,;:.]$/.test(cut) ? cut.length - 1 : cut.length, 1];
}

/**
 * The search records: each a run of consecutive provisions (and document
 * parts) of one document, in reading order, with the map of its parts in
 * `meta.parts` (JSON) so that the search page finds, ranks, filters and
 * links each provision on its own. A provision is never split across
 * records. Linear in the corpus.
 */
export function searchRecords(corpus: { documents: Iterable<DirectiveDocument> }): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const document of corpus.documents) {
    const name = documentName(document.meta);
    const base = urls.document(document.slug);
    // The document's own ways in, the same on each of its records.
    const own = {
      [FILTERS.document]: [name],
      [FILTERS.type]: [document.meta.documentType ?? UNKNOWN_TYPE],
      [FILTERS.issuer]: [document.meta.issuer ?? UNKNOWN_ISSUER],
      [FILTERS.year]: [document.meta.date?.slice(0, 4) ?? UNKNOWN_YEAR],
    };
    const parts: Array<{ id: string; title: string; about: [number, 0 | 1]; text: string; filters: string[][] }> = [];
    const part = (id: keyof typeof DOCUMENT_PARTS, lines: string[]) => {
      if (lines.length > 0) parts.push({ id, title: DOCUMENT_PARTS[id], about: [0, 0], text: lines.join('\n'), filters: PART_FILTERS.map(() => []) });
    };
    part('kinh-gui', document.addressees.map((a) => a.text));
    part('mo-dau', document.preamble.map((p) => p.text));
    const walk = (provisions: Provision[]) => {
      for (const p of provisions) {
        // A table it holds is found by its rows (each has its page), after its items: its prose alone here.
        const inTable = (k: number) => (p.tables ?? []).some((t) => k >= t.from && k < t.to);
        parts.push({
          id: p.id,
          title: p.label,
          about: aboutSpan(p),
          text: [p.heading, ...p.paragraphs.filter((_, k) => !inTable(k))].filter(Boolean).join('\n'),
          filters: [
            [...new Set(p.responsible.map((b) => bodyTitle(b)))],
            [...new Set(p.areas.map((a) => a.label))],
            [...new Set(p.beneficiaries.map((b) => b.label))],
            [...new Set(p.deadlines.flatMap(deadlineFilter))],
          ],
        });
        walk(p.children);
        walk((p.tasks ?? []).map((task, i) => taskProvision(task, i)));
      }
    };
    walk(document.provisions);
    // A plan's task rows are found like provisions (each has its page).
    walk(document.appendices.flatMap((appendix) => appendix.tasks.map((task, i) => taskProvision(task, i))));
    part('chu-ky', [...(document.signature?.lines ?? []), ...document.copiesTo.map((c) => c.text)]);

    // Consecutive parts, up to about RECORD_WORDS words, make a record.
    let group: typeof parts = [];
    let words = 0;
    const flush = () => {
      if (group.length === 0) return;
      let text = '';
      const map: PartTuple[] = [];
      // Each provision-level filter's values in the record, once each; parts point into them.
      const values = PART_FILTERS.map(() => new Map<string, number>());
      const code = (i: number, value: string) => {
        const known = values[i]!.get(value);
        if (known !== undefined) return known;
        values[i]!.set(value, values[i]!.size);
        return values[i]!.size - 1;
      };
      const pairs = new Set<string>();
      for (const g of group) {
        if (text) text += ' ';
        const start = text.length;
        const label = asPagefindKeeps(g.title);
        const body = asPagefindKeeps(g.text);
        text += `${label}. ${body}`;
        map.push([g.id, label.length, start, text.length, ...g.about, ...g.filters.map((list, i) => list.map((v) => code(i, v)))]);
        for (const pair of pairTokens(`${g.title}\n${g.text}`)) pairs.add(pair);
      }
      // After the parts, outside every part's span, each pair of adjacent words once (see pairs.ts).
      // (Pagefind indexes a record's meta too, so the text cannot be kept there and the content hold less.)
      const content = pairs.size > 0 ? `${text} ${[...pairs].join(' ')}` : text;
      const first = group[0]!;
      records.push({
        url: first.id in DOCUMENT_PARTS ? `${base}#${first.id}` : urls.provision(document.slug, first.id),
        content,
        language: 'vi',
        // Pagefind indexes meta values as words: only the map, whose ids are the provisions' labels, folded.
        meta: { parts: JSON.stringify(map) },
        filters: { ...own, ...Object.fromEntries(PART_FILTERS.map((filter, i) => [filter, [...values[i]!.keys()]])) },
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
