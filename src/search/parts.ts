/**
 * A search record's provisions, one by one (see records.ts): the compact map
 * a record carries of them, and which of them a query or the chosen filters
 * select. Pure: shared by the index writer, the search page and its tests.
 */
import { looseFold } from './rank.js';

/** The parts of a document that are not provisions, by their anchor on its page. */
export const DOCUMENT_PARTS = { 'kinh-gui': 'Kính gửi', 'mo-dau': 'Phần mở đầu', 'chu-ky': 'Chữ ký và nơi nhận' } as const;

/** Filter names, as the search page shows them. */
export const FILTERS = {
  document: 'Văn bản',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  year: 'Năm ban hành',
  body: 'Cơ quan chủ trì',
  area: 'Lĩnh vực',
  beneficiary: 'Đối tượng',
  deadline: 'Thời hạn',
} as const;

/** The deadline filter's value that stands for every month before the reader's own (worked out in the browser). */
export const OVERDUE = 'Đã quá hạn (trước tháng này)';

/** A deadline filter's month value ("Tháng 3/2026"), and back to a sortable "2026-03" (null: not a month). */
export const monthValue = (iso: string) => `Tháng ${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
export function monthOf(value: string): string | null {
  const m = /^Tháng (\d{1,2})\/(\d{4})$/u.exec(value);
  return m ? `${m[2]}-${m[1]!.padStart(2, '0')}` : null;
}

/**
 * The deadline filter's values as a reader wants them: months in order of
 * time, then the kinds with no day. With `overdue`, the months before this
 * month (YYYY-MM) stand for OVERDUE.
 */
export function deadlineValues(values: string[], chosen: string[], thisMonth: string): string[] {
  const months = values.filter((v) => monthOf(v) !== null).sort((a, b) => monthOf(a)!.localeCompare(monthOf(b)!));
  const others = values.filter((v) => monthOf(v) === null && v !== OVERDUE).sort((a, b) => a.localeCompare(b, 'vi'));
  const past = months.some((v) => monthOf(v)! < thisMonth) || chosen.includes(OVERDUE);
  return [...(past ? [OVERDUE] : []), ...months, ...others];
}

/** The chosen values with OVERDUE replaced by every month before this one among `known`. */
export function expandOverdue(chosen: Record<string, string[]>, known: string[], thisMonth: string): Record<string, string[]> {
  const picked = chosen[FILTERS.deadline];
  if (!picked?.includes(OVERDUE)) return chosen;
  const past = known.filter((v) => (monthOf(v) ?? '9999') < thisMonth);
  // No month before this one: a value no part has, so that nothing passes.
  return { ...chosen, [FILTERS.deadline]: [...new Set([...picked.filter((v) => v !== OVERDUE), ...(past.length > 0 ? past : [OVERDUE])])] };
}

/** The provision-level filters a part carries, in the order of a part's tuple; the others are the document's. */
export const PART_FILTERS = [FILTERS.body, FILTERS.area, FILTERS.beneficiary, FILTERS.deadline] as const;

/**
 * One part of a record, as the record's `meta.parts` holds it (JSON): its id
 * (a provision id, or a key of DOCUMENT_PARTS), the length of its label,
 * where it starts and ends in the record's content ("label. text", words
 * joined by single spaces, as Pagefind keeps it), how much of the start of
 * its text says what it is about (its heading or first words) and whether
 * that was cut, and its values of each of PART_FILTERS as indexes into the
 * record's own filter lists. Labels, headings, addresses and filter names are
 * not repeated: the content and the record's filters hold them, so a result
 * costs the reader's connection as little as it can.
 */
export type PartTuple = [id: string, label: number, start: number, end: number, about: number, cut: 0 | 1, ...filters: number[][]];

/** What Pagefind returns for a record (the fields used). */
export interface RecordData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** One provision of a record, ready to rank and show. */
export interface PartHit {
  /** Unique in the corpus: its address. */
  id: string;
  url: string;
  title: string;
  about?: string;
  document: string;
  /** Its label and text, as ranked. */
  content: string;
  /** Its text alone, for the excerpt. */
  text: string;
  filters: Record<string, string[]>;
}

/** A part's page: a provision's own, or the document page at the part. */
export function partUrl(documentUrl: string, id: string): string {
  return id in DOCUMENT_PARTS ? `${documentUrl}#${id}` : `${documentUrl}${id}/`;
}

export function partsOf(data: RecordData): PartHit[] {
  let parts: PartTuple[];
  try {
    parts = JSON.parse(data.meta['parts'] ?? '[]') as PartTuple[];
  } catch {
    parts = [];
  }
  // The record's filters are its document's (type, issuer, year …) and the union of its parts'.
  const own = Object.fromEntries(Object.entries(data.filters ?? {}).filter(([name]) => !(PART_FILTERS as readonly string[]).includes(name)));
  const document = own[FILTERS.document]?.[0] ?? '';
  if (parts.length === 0) return [{ id: data.url, url: data.url, title: data.url, document, content: data.content, text: data.content, filters: {} }];
  // The record's address is its first part's: the document's address is in it.
  const first = parts[0]![0];
  const base = first in DOCUMENT_PARTS ? data.url.split('#')[0]! : data.url.slice(0, data.url.length - first.length - 1);
  return parts.map(([id, label, start, end, about, cut, ...codes]): PartHit => {
    const content = data.content.slice(start, end);
    const filters: Record<string, string[]> = { ...own };
    PART_FILTERS.forEach((name, i) => {
      const values = data.filters?.[name] ?? [];
      filters[name] = (codes[i] ?? []).map((n) => values[n]).filter((v): v is string => v !== undefined);
    });
    const text = content.slice(label + 2);
    return {
      id: partUrl(base, id),
      url: partUrl(base, id),
      title: content.slice(0, label),
      ...(about > 0 ? { about: `${text.slice(0, about)}${cut ? ' …' : ''}` } : {}),
      text,
      document,
      content,
      // The document's values (type, issuer, year) and the provision's own.
      filters,
    };
  });
}

/**
 * Whether a provision carries the chosen values (any value of a filter,
 * every filter chosen). Pagefind selects whole records; this selects their
 * provisions.
 */
export function passes(part: PartHit, chosen: Record<string, string[]>): boolean {
  return Object.entries(chosen).every(([name, values]) => values.length === 0 || !(name in part.filters) || values.some((v) => part.filters[name]!.includes(v)));
}

/**
 * Whether a provision holds the query as Pagefind reads it — every word of
 * one of its readings, the last one whole or as the start of a word (a word
 * being typed) — by itself, not spread over the record's neighbours.
 */
export function mentions(content: string, readings: string[]): boolean {
  const tokens = (content.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(looseFold);
  const present = new Set(tokens);
  return readings.some((reading) => {
    const wanted = (reading.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(looseFold);
    if (wanted.length === 0) return false;
    const last = wanted.at(-1)!;
    return wanted.slice(0, -1).every((w) => present.has(w)) && (present.has(last) || tokens.some((t) => t.startsWith(last)));
  });
}
