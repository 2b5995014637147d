/**
 * Footnotes in extracted text. A footnote stands at the foot of a page: a
 * line that opens with its mark and a space ("1 Các quy định …", "* Ghi
 * chú …"), after a blank line or a rule, running to the end of the page;
 * and the same mark stands glued to the text above it on that page
 * ("khoáng sản1.", "chi bộ cơ sở).1"), where the PDF printed it raised (the
 * note's own mark may stand raised on a line of its own above its text). Both
 * must hold: a numbered line alone is a table row or an item, not a note.
 */
import { isAuthority, lineCells, matchNoiNhan } from './classify.js';
import type { Furniture } from './furniture.js';
import type { SourceLine } from './normalise.js';

export interface FoundFootnote {
  mark: string;
  /** Indexes into the lines: the note's lines, in order (blank lines left out). */
  lines: number[];
  /** Where the mark stands in the text: line index and character index in the normalised line. */
  references: Array<{ line: number; start: number; end: number }>;
}

/** A note's mark: "1", "*", "(*)", or a number in brackets ("(1) Trong đó, …", glued as "đảng viên(1)" in the text). */
const OPENING = /^(\d{1,2}|\*{1,3}|\(\*{1,3}\)|\(\d{1,2}\))\s+(?=["“(\p{Lu}\p{Ll}])/u;
/** A mark on a line of its own, raised above its note's text ("1" / "Theo Hướng dẫn số …"). */
const LONE_MARK = /^(\d{1,2}|\*{1,3}|\(\*{1,3}\)|\(\d{1,2}\))$/u;
const NOTE_TEXT = /^["“(\p{Lu}\p{Ll}]/u;

/** The mark a note opens with at `indexes[k]`, or null. */
function openingAt(lines: SourceLine[], indexes: number[], k: number): string | null {
  const text = lines[indexes[k]!]!.text.trim();
  const opening = OPENING.exec(text);
  if (opening) return opening[1]!;
  const lone = LONE_MARK.exec(text);
  const next = indexes[k + 1];
  return lone && next === indexes[k]! + 1 && NOTE_TEXT.test(lines[next]!.text.trim()) ? lone[1]! : null;
}
const RULE = /^[_\-–—]{5,}$/u;

function markPattern(mark: string): RegExp {
  const escaped = mark.replace(/[*()]/g, (c) => `\\${c}`);
  // Glued after a letter or closing punctuation, not part of a longer number — nor the decimals of one ("3,2 km", "63,4 %").
  // After a percent sign too ("đạt 91,2%1."); a mark in brackets may stand one space after its word ("mẫu số 02 (2)").
  const before = mark.startsWith('(') ? String.raw`(?<=[\p{L}\p{M}\d)”"’.,;:…%]\s?)` : String.raw`(?<=[\p{L}\p{M})”"’.,;:…%])(?<!\d[.,])`;
  return new RegExp(String.raw`${before}${escaped}(?=[\s.,;:)”"’…]|$)`, 'gu');
}

/**
 * The footnotes an extractor found (small text at a page's foot, a Word
 * file's notes): a line hinted with its mark opens a note, the footnote
 * lines after it go on with it; each note's reference is the first raised
 * mark of the same value not yet taken, in text order.
 */
export function hintedFootnotes(lines: SourceLine[]): FoundFootnote[] {
  const notes: FoundFootnote[] = [];
  // Raised marks by value, in text order; each taken once, in order.
  const byMark = new Map<string, { refs: FoundFootnote['references']; next: number }>();
  lines.forEach((line, i) => {
    if (line.hint?.role === 'footnote') return;
    for (const m of line.hint?.marks ?? []) {
      const entry = byMark.get(m.mark) ?? { refs: [], next: 0 };
      entry.refs.push({ line: i, start: m.start, end: m.end });
      byMark.set(m.mark, entry);
    }
  });
  lines.forEach((line, i) => {
    if (line.hint?.role !== 'footnote' || line.blank) return;
    const mark = line.hint.footnoteMark;
    if (mark === undefined) {
      notes[notes.length - 1]?.lines.push(i);
      return;
    }
    const entry = byMark.get(mark);
    const reference = entry && entry.next < entry.refs.length ? entry.refs[entry.next++]! : null;
    notes.push({ mark, lines: [i], references: reference ? [reference] : [] });
  });
  return notes;
}

/**
 * Find the footnotes of a text, page by page. A text with no page breaks
 * (extracted without form feeds) is cut into pages at the lone numbers that
 * count them ("2", "3", … at least ten lines apart); a lone number right
 * under a note found that way ends its page, and is returned as a page
 * number.
 */
export function findFootnotes(lines: SourceLine[], furniture: Furniture): { notes: FoundFootnote[]; pageNumbers: number[] } {
  const notes: FoundFootnote[] = [];
  const content = (i: number) => !lines[i]!.blank && !furniture.kinds.has(lines[i]!.number);
  if (furniture.pageCount > 1) {
    let start = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (i < lines.length && furniture.pages[i] === furniture.pages[start]) continue;
      notes.push(...pageFootnotes(lines, start, i, content));
      start = i;
    }
    return { notes, pageNumbers: [] };
  }
  const pageNumbers: number[] = [];
  let start = 0;
  let expected = 2;
  for (let i = 0; i <= lines.length; i++) {
    const text = i < lines.length ? lines[i]!.text.trim() : '';
    const counts = i < lines.length && content(i) && /^\d{1,3}$/.test(text) && i - start >= 10 && (Number(text) === expected || (expected === 2 && text === '1'));
    if (i < lines.length && !counts) continue;
    const found = pageFootnotes(lines, start, i, content);
    notes.push(...found);
    const last = found[found.length - 1]?.lines.at(-1);
    if (i < lines.length && last !== undefined && lines.slice(last + 1, i).every((line) => line.blank)) pageNumbers.push(i);
    if (i < lines.length) expected = Number(text) + 1;
    start = i + 1;
  }
  return { notes, pageNumbers };
}

function pageFootnotes(lines: SourceLine[], from: number, to: number, content: (i: number) => boolean): FoundFootnote[] {
  const indexes: number[] = [];
  for (let i = from; i < to; i++) if (content(i)) indexes.push(i);
  // The notes are at the foot: their first line is among the page's last lines,
  // set apart from the text above by a blank line or a rule.
  let first = -1;
  for (let k = Math.max(1, indexes.length - 30); k < indexes.length; k++) {
    const i = indexes[k]!;
    const mark = openingAt(lines, indexes, k);
    if (!mark) continue;
    const previous = indexes[k - 1]!;
    // Set apart by a blank line or a rule — or, with no separator, among the page's last few lines,
    // or opening a run of notes numbered on to the page's end ("1 Luật …", "2 Nghị định …", "3 …").
    const apart = previous !== i - 1 || RULE.test(lines[previous]!.text.trim()) || indexes.length - k <= 6;
    if (!apart && !(indexes.length - k <= 24 && notesRunOn(lines, indexes, k, mark))) continue;
    if (referencesTo(mark, lines, indexes.slice(0, k), noteText(lines, indexes, k)).length === 0) continue;
    first = k;
    break;
  }
  if (first < 0) return [];
  // One note per mark; a later note opens with the next mark, glued in the text above too.
  const notes: FoundFootnote[] = [];
  const above = indexes.slice(0, first);
  for (let k = first; k < indexes.length; k++) {
    const i = indexes[k]!;
    const mark = openingAt(lines, indexes, k);
    const current = notes[notes.length - 1];
    const next = mark && (!current || isNextMark(current.mark, mark)) ? referencesTo(mark, lines, above, noteText(lines, indexes, k)) : [];
    if (mark && next.length > 0) notes.push({ mark, lines: [i], references: next });
    else current?.lines.push(i);
  }
  return notes;
}

/** Whether the lines from the note at `k` to the page's end open with marks numbered on from its own, and at least one more. */
function notesRunOn(lines: SourceLine[], indexes: number[], k: number, mark: string): boolean {
  let current = mark;
  let more = 0;
  for (let j = k + 1; j < indexes.length; j++) {
    const next = openingAt(lines, indexes, j);
    if (next === null) continue;
    if (!isNextMark(current, next)) return false;
    current = next;
    more++;
  }
  return more > 0;
}

/** The text of the note opening at `k`: its first line and the lines up to the next opening. */
function noteText(lines: SourceLine[], indexes: number[], k: number): string {
  const out = [lines[indexes[k]!]!.text];
  for (let j = k + 1; j < indexes.length && j - k < 8 && openingAt(lines, indexes, j) === null; j++) out.push(lines[indexes[j]!]!.text);
  return out.join(' ');
}

function isNextMark(previous: string, mark: string): boolean {
  if (/^\d+$/.test(previous) && /^\d+$/.test(mark)) return Number(mark) === Number(previous) + 1;
  if (/^\(\d+\)$/.test(previous) && /^\(\d+\)$/.test(mark)) return Number(mark.slice(1, -1)) === Number(previous.slice(1, -1)) + 1;
  if (/^\(\*+\)$/.test(previous)) return mark === `${previous.slice(0, -1)}*)`;
  return /^\*+$/.test(previous) && mark === `${previous}*`;
}

/**
 * Where the mark stands glued in the text above. A mark glued to a code that
 * ends in digits ("…/QH15" + "1" = "QH151") is taken only when the note
 * itself names the code ("1 Luật … số 42/2024/QH15 …").
 */
function referencesTo(mark: string, lines: SourceLine[], indexes: number[], note = ''): FoundFootnote['references'] {
  const pattern = markPattern(mark);
  for (let k = indexes.length - 1; k >= 0; k--) {
    const i = indexes[k]!;
    const text = lines[i]!.text;
    if (!text.includes(mark)) continue;
    pattern.lastIndex = 0;
    const hit = pattern.exec(text);
    if (hit) return [{ line: i, start: hit.index, end: hit.index + mark.length }];
  }
  if (!/^\d+$/.test(mark)) return [];
  const glued = new RegExp(String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}]{0,12}\p{Lu}[\p{L}\p{N}/.-]{0,24}\d)${mark}(?=[\s.,;:)”"’…]|$)`, 'gu');
  for (let k = indexes.length - 1; k >= 0; k--) {
    const i = indexes[k]!;
    const text = lines[i]!.text;
    if (!text.includes(mark)) continue;
    for (const hit of text.matchAll(glued)) {
      const code = hit[1]!;
      if (code.length >= 3 && note.includes(code)) {
        const start = hit.index + code.length;
        return [{ line: i, start, end: start + mark.length }];
      }
    }
    // "năm 2026" + "3" = "năm 20263", "ngày 19/12/2026" + "1": a year is four digits, the rest is the mark.
    const year = new RegExp(String.raw`(?:(?<=\bnăm\s)|(?<=\d/))(?:19|20)\d\d${mark}(?=[\s.,;:)”"’…]|$)`, 'gu').exec(text);
    if (year) {
      const start = year.index + 4;
      return [{ line: i, start, end: start + mark.length }];
    }
    // "Đề án 06" + "3" = "Đề án 063": a code with a leading zero (no quantity has one) after the name the note gives.
    for (const hit of text.matchAll(new RegExp(String.raw`(?<!\p{L})(\p{L}{1,12}\s+\p{L}{1,12})\s+(0\d{1,2})${mark}(?=[\s.,;:)”"’…]|$)`, 'gu'))) {
      if (note.toLowerCase().includes(hit[1]!.toLowerCase())) {
        const start = hit.index + hit[0].length - mark.length;
        return [{ line: i, start, end: start + mark.length }];
      }
    }
  }
  return [];
}

/**
 * Endnotes: notes printed after the signature, at the text's end, each
 * opening with its mark in brackets ("(1) Kế hoạch số …", "(2) Phiếu B1: …"),
 * numbered from 1, each referred to by the same mark inside the text above
 * them ("… của UBND tỉnh(1), …", "phiếu B1, B2 (2)"). Only a run of such
 * notes that ends the text counts; a line at a line's start is an item.
 */
export function findEndnotes(lines: SourceLine[], excluded: (i: number) => boolean): FoundFootnote[] {
  const content: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines[i]!.blank && !excluded(i)) content.push(i);
  const opening = (i: number) => /^\((\d{1,2})\)\s+\S/u.exec(lines[i]!.text.trim())?.[1] ?? null;
  // Back from the end over the notes: the first opening line of the run.
  let first = -1;
  for (let k = content.length - 1; k >= 0 && content.length - k <= 40; k--) {
    const mark = opening(content[k]!);
    if (mark === '1') {
      first = k;
      break;
    }
  }
  if (first < 1) return [];
  const notes: FoundFootnote[] = [];
  const above = content.slice(0, first);
  // After the signature: "Nơi nhận" or a "T/M …" line stands above the run (notes above them are a page's, not the text's end).
  if (!above.some((i) => lines[i]!.blank === false && lineCells(lines[i]!).some((cell) => matchNoiNhan(cell.text) !== null || isAuthority(cell.text)))) return [];
  for (let k = first; k < content.length; k++) {
    const i = content[k]!;
    const mark = opening(i);
    if (mark !== null && Number(mark) === notes.length + 1) {
      const reference = inlineMark(`(${mark})`, lines, above);
      if (!reference) return [];
      notes.push({ mark: `(${mark})`, lines: [i], references: [reference] });
    } else if (notes.length > 0) {
      notes[notes.length - 1]!.lines.push(i);
    } else {
      return [];
    }
  }
  return notes;
}

/** The last place a bracketed mark stands inside a line of the text (not at its start, where it would be an item). */
function inlineMark(mark: string, lines: SourceLine[], indexes: number[]): FoundFootnote['references'][number] | null {
  for (let k = indexes.length - 1; k >= 0; k--) {
    const line = lines[indexes[k]!]!;
    const at = line.text.lastIndexOf(mark);
    if (at > line.indent) return { line: indexes[k]!, start: at, end: at + mark.length };
  }
  return null;
}
