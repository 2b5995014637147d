/**
 * Page furniture: what a page carries that is not the document's text, and
 * what a file's maker added to it. Found from the pages' shape, never from
 * a line alone:
 *
 * - a page number is a lone number ("2", "- 3 -", "Trang 4") where a page
 *   begins or ends (at a form feed or an OCR page marker); in a text without
 *   page breaks, only a number that continues the page sequence far from the
 *   previous one, or stands right before a line a page break cut (" lượng
 *   cao"). A table's row numbers ("1", "2" a few lines apart) are text;
 * - a running header or footer is a line at the top or foot of three or more
 *   pages that is the same line up to its digits and OCR noise;
 * - an OCR page marker is "===== Trang N =====";
 * - a file note is a line before the document ("# …", "[OCR] …");
 * - a signature stamp is what a digital signature prints over the header
 *   (the signer's name and "28-07-2026 09:58:36 +07:00").
 *
 * An extractor that read the pages (PDF, scan) gives these by position
 * instead, and then nothing is inferred.
 *
 * Linear in the number of lines (the clustering compares each edge line with
 * one representative per cluster, and there are at most a few clusters).
 */
import type { Artefact } from '../../schemas/document.js';
import { fold } from '../../text/fold.js';
import type { SourceLine } from './normalise.js';

export type ArtefactKind = Artefact['kind'];

export interface Furniture {
  /** Line number → what it is. */
  kinds: Map<number, ArtefactKind>;
  /** The page of every line (0-based), by index into the lines. */
  pages: number[];
  /** Number of pages. */
  pageCount: number;
}

const PAGE_NUMBER = /^(?:[-–]\s*)?(\d{1,3})(?:\s*[-–])?$|^(?:trang|page)\s+(\d{1,3})(?:\s*(?:\/|trên)\s*\d{1,3})?$|^(\d{1,3})\s*\/\s*\d{1,3}$/iu;
const OCR_PAGE_MARKER = /^=+\s*trang\s+\d+\s*=+$/iu;
const FILE_NOTE = /^(?:#|\[[^\]]{1,40}\])/u;
const STAMP_TIME = /^(?:.{0,24}(?:thời gian ký|ngày ký)\s*:\s*)?\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?$/iu;
/** The lines of a digital signature's stamp above its time (folded). */
const STAMP_LINE = /(?:ky boi|nguoi ky|quan|to chuc|email|thoi gian ky)\s*:/u;

/** The value of a page-number line, or null. */
export function pageNumberValue(text: string): number | null {
  const found = PAGE_NUMBER.exec(text);
  if (!found) return null;
  return Number(found[1] ?? found[2] ?? found[3]);
}

/** Letters of a line for comparing running headers: folded, digits and punctuation dropped. */
function skeleton(text: string): string {
  return fold(text).replace(/[^a-z]+/g, '');
}

/** Edit distance, bounded: returns `limit + 1` as soon as it must exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * File notes and a signature stamp: before the document's first words, or
 * among its header's lines.
 * The stamp is its time ("28-07-2026 09:58:36 +07:00", "Thời gian ký:
 * 02.04.2026 14:24:26 +07:00") and the lines right above it that are in
 * capitals or say who signed ("Ký bởi: …", "Cơ quan: …").
 */
function leadingNotes(lines: SourceLine[], kinds: Map<number, ArtefactKind>, blank: (i: number) => boolean): void {
  let first = 0;
  for (; first < lines.length; first++) {
    if (blank(first)) continue;
    const text = lines[first]!.text.trim();
    if (!FILE_NOTE.test(text)) break;
    kinds.set(lines[first]!.number, 'file-note');
  }
  // Before the first words, or among the header's lines ("Số: …" / "Ký bởi: …" / "Ngày ký: …" / "V/v …" in a scan).
  for (let i = first; i < Math.min(lines.length, first + 16); i++) {
    if (!STAMP_TIME.test(lines[i]!.text.trim())) continue;
    kinds.set(lines[i]!.number, 'signature-stamp');
    for (let j = i - 1; j >= first && !lines[j]!.blank; j--) {
      const text = lines[j]!.text.trim();
      // Lines in capitals above it are the stamp's only at the very top, before any header line.
      const capitals = i < first + 8 && text === text.toUpperCase();
      if (!capitals && !STAMP_LINE.test(fold(text).replace(/\s+/g, ' '))) break;
      kinds.set(lines[j]!.number, 'signature-stamp');
    }
    break;
  }
}

/**
 * The furniture an extractor found by position (a PDF's or a scan's pages):
 * its roles taken as they are, its pages as the lines' pages.
 */
function hintedFurniture(lines: SourceLine[]): Furniture {
  const kinds = new Map<number, ArtefactKind>();
  const pages: number[] = new Array(lines.length);
  let last = 1;
  lines.forEach((line, i) => {
    last = line.hint?.page ?? last;
    pages[i] = last - 1;
    const role = line.hint?.role;
    if (role === 'page-number' || role === 'running-header' || role === 'running-footer') kinds.set(line.number, role);
    else if (OCR_PAGE_MARKER.test(line.text.trim())) kinds.set(line.number, 'page-marker');
  });
  leadingNotes(lines, kinds, (i) => lines[i]!.blank || kinds.has(lines[i]!.number));
  return { kinds, pages, pageCount: lines.length > 0 ? pages[lines.length - 1]! + 1 : 1 };
}

/** Find the page furniture of a text's lines (`hinted`: the extractor found it by position). */
export function findFurniture(lines: SourceLine[], hinted = false): Furniture {
  if (hinted) return hintedFurniture(lines);
  const kinds = new Map<number, ArtefactKind>();
  const pages: number[] = new Array(lines.length);
  let page = 0;
  let broken = false;
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (OCR_PAGE_MARKER.test(text)) {
      kinds.set(line.number, 'page-marker');
      if (i > 0) page++;
      broken = true;
    } else if (line.pageStart && i > 0) {
      page++;
      broken = true;
    }
    pages[i] = page;
    if (line.pageEnd) {
      page++;
      broken = true;
    }
  });
  const pageCount = page + 1;
  const blank = (i: number) => lines[i]!.blank || kinds.has(lines[i]!.number);

  leadingNotes(lines, kinds, blank);

  // Page numbers. Where pages are known: a number as the first or last content line of a page.
  const edgeNumbers = () => {
    const edges = new Set<number>();
    let start = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (i < lines.length && pages[i] === pages[start]) continue;
      let a = start;
      while (a < i && blank(a)) a++;
      let b = i - 1;
      while (b > a && blank(b)) b--;
      if (a < i) edges.add(a);
      if (b >= a && b < i) edges.add(b);
      start = i;
    }
    for (const i of edges) if (pageNumberValue(lines[i]!.text.trim()) !== null) kinds.set(lines[i]!.number, 'page-number');
  };
  if (broken) {
    edgeNumbers();
  } else {
    let lastValue = 0;
    let lastIndex = -Infinity;
    lines.forEach((line, i) => {
      const value = pageNumberValue(line.text.trim());
      if (value === null || line.blank) return;
      const next = lines[i + 1];
      // A page break leaves the next line starting with a stray space: mid-sentence, or one or two spaces in, right under the number.
      const strayNext =
        next !== undefined &&
        !next.blank &&
        next.indent >= 1 &&
        (/^\s+\p{Ll}/u.test(next.text) || (next.indent <= 2 && line.indent === 0));
      const dressed = !/^\d+$/.test(line.text.trim()); // "- 3 -", "Trang 3", "3/7"
      const continuesSequence = lastValue === 0 ? value === 1 || value === 2 : value === lastValue + 1 && i - lastIndex >= 15;
      const alone = line.indent >= 8 || ((lines[i - 1]?.blank ?? true) && (next?.blank ?? true));
      if (strayNext || dressed || (continuesSequence && alone)) {
        kinds.set(line.number, 'page-number');
        lastValue = value;
        lastIndex = i;
      }
    });
  }

  // Running headers and footers: the same line, up to digits and noise, at an edge of three or more pages.
  if (pageCount >= 3) {
    const clusters: Array<{ key: string; pages: Set<number>; members: Array<{ index: number; top: boolean }> }> = [];
    let start = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (i < lines.length && pages[i] === pages[start]) continue;
      const content: number[] = [];
      for (let j = start; j < i; j++) if (!blank(j)) content.push(j);
      const candidates = [
        ...content.slice(0, 2).map((index) => ({ index, top: true })),
        ...content.slice(Math.max(2, content.length - 2)).map((index) => ({ index, top: false })),
      ];
      for (const candidate of candidates) {
        const key = skeleton(lines[candidate.index]!.text);
        if (key.length < 4 || key.length > 120) continue;
        // OCR misreads a letter or two ('D0C' for 'DOC'): allow an edit on short lines, a quarter on longer ones.
        const limit = key.length >= 8 ? Math.floor(key.length / 4) : key.length >= 4 ? 1 : 0;
        let cluster = clusters.find((c) => c.key === key || (limit > 0 && boundedDistance(c.key, key, limit) <= limit));
        if (!cluster) {
          if (clusters.length >= 64) continue;
          cluster = { key, pages: new Set(), members: [] };
          clusters.push(cluster);
        }
        cluster.pages.add(pages[candidate.index]!);
        cluster.members.push(candidate);
      }
      start = i;
    }
    for (const cluster of clusters) {
      if (cluster.pages.size < 3) continue;
      for (const member of cluster.members) {
        const number = lines[member.index]!.number;
        if (!kinds.has(number)) kinds.set(number, member.top ? 'running-header' : 'running-footer');
      }
    }
    // A number under a running header (or above a running footer) is at the page's edge once the header is set aside.
    if (broken) edgeNumbers();
  }
  return { kinds, pages, pageCount };
}
