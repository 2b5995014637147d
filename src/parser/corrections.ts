/**
 * An editor's corrections (corrections.yaml) as hints to the parser. They
 * enter where the parser already decides — which block starts a provision,
 * and at what level; which blocks are quoted text; where the closing
 * starts; where a heading ends; which bodies a provision names; where a
 * footnote's mark stands — so that positions, the round trip and "no word
 * lost" hold for a corrected reading as for any other. Nothing here edits
 * the output.
 *
 * Every correction names a line and quotes its first words; one whose line
 * does not read so is refused with a sentence (a fatal message naming the
 * corrections file, its line and column) and never applied.
 */
import type { VFile } from 'vfile';
import type { Correction, LoadedCorrections } from '../schemas/corrections.js';
import { fold } from '../text/fold.js';
import type { Block } from './input/blocks.js';
import { matchMarker, type MarkerMatch } from './input/classify.js';
import type { SourceLine } from './input/normalise.js';
import type { StreamLine } from './input/stream.js';
import type { HeadingNode, ParagraphNode, ProvisionNode } from './nodes.js';
import { spanOf, splitText } from './position.js';

export interface ResolvedCorrection {
  correction: Correction;
  /** The text line it names. */
  line: number;
  /** For `quoted`: the last text line of the quotation. */
  to?: number;
  /** The editor's note: the correction's own, else the file's. */
  note: string | null;
  /** Where the correction stands in its file. */
  at: { line: number; column: number };
  /** The line's words the quote matched, as printed, and their column: evidence for what the correction adds. */
  printed: string;
  column: number;
}

/** A document's corrections, resolved against its lines. */
export interface Corrections {
  path: string;
  entries: ResolvedCorrection[];
  /** The editor checked the whole reading. */
  checked: boolean;
  note: string | null;
}

/** What a correction changed, as the published document says it. */
export type CorrectedPart = 'provision' | 'quoted' | 'closing' | 'heading' | 'bodies' | 'footnote';

const squeeze = (text: string) => fold(text.normalize('NFC')).replace(/\s+/g, ' ').trim();

/** Refuse a correction: a fatal message at its place in the corrections file. */
export function refuse(file: VFile, corrections: { path: string }, at: { line: number; column: number }, reason: string): void {
  const message = file.message(`${corrections.path}:${at.line}:${at.column}: correction refused: ${reason}`, {
    place: at,
    ruleId: 'correction-refused',
    source: 'corrections',
  });
  message.fatal = true;
  message.file = corrections.path;
}

/**
 * The printed lines of each page of an original, in order: "line 12 of
 * page 3" counts the lines that carry words, as a reader counts them.
 */
function pageLines(lines: SourceLine[]): Map<number, number[]> {
  const pages = new Map<number, number[]>();
  for (const line of lines) {
    if (line.blank || !line.hint) continue;
    const list = pages.get(line.hint.page) ?? [];
    list.push(line.number);
    pages.set(line.hint.page, list);
  }
  return pages;
}

/** Resolve every correction to its text line, refusing those whose line does not read as quoted. */
export function resolveCorrections(loaded: LoadedCorrections, lines: SourceLine[], file: VFile): Corrections {
  const pages = pageLines(lines);
  const entries: ResolvedCorrection[] = [];
  const lineOf = (line: number, page: number | undefined): number | null => {
    if (page === undefined) return line <= lines.length ? line : null;
    return pages.get(page)?.[line - 1] ?? null;
  };
  const name = (line: number, page: number | undefined) => (page === undefined ? `line ${line}` : `line ${line} of page ${page}`);
  loaded.file.corrections.forEach((correction, i) => {
    const at = loaded.at[i] ?? { line: 1, column: 1 };
    const target = lineOf(correction.line, correction.page);
    if (target === null) {
      const size = correction.page === undefined ? `it has ${lines.length} lines` : pages.has(correction.page) ? `that page has ${pages.get(correction.page)!.length} printed lines` : 'the original has no such page';
      refuse(file, loaded, at, `${name(correction.line, correction.page)} is not in the source (${size})`);
      return;
    }
    const text = lines[target - 1]!.text.trim();
    if (!squeeze(text).startsWith(squeeze(correction.quote))) {
      const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      refuse(
        file,
        loaded,
        at,
        `${name(correction.line, correction.page)} reads "${shown}", not "${correction.quote}": the source has changed since the correction was written, or the line is wrong; nothing was corrected`,
      );
      return;
    }
    let to: number | undefined;
    if (correction.quoted) {
      const last = lineOf(correction.quoted.to, correction.page);
      if (last === null || last < target) {
        refuse(file, loaded, at, `quoted.to: ${name(correction.quoted.to, correction.page)} is not in the source, or comes before the quotation's first line`);
        return;
      }
      to = last;
    }
    const source = lines[target - 1]!;
    const printed = text.slice(0, Math.max(2, Math.min(text.length, correction.quote.length)));
    entries.push({ correction, line: target, ...(to !== undefined ? { to } : {}), note: correction.note ?? loaded.file.note ?? null, at, printed, column: (source.columns?.[source.indent] ?? source.indent + 1) });
  });
  return { path: loaded.path, entries, checked: loaded.file.checked, note: loaded.file.note ?? null };
}

/** The provision's mark as a correction gives it, or null (refused) when the line does not start with it. */
function forcedMarker(content: string, given: string | undefined): MarkerMatch | null {
  const found = matchMarker(content);
  if (given === undefined && found) return found;
  // No mark the parser knows: the line's first word, when it is short and holds a digit or is one letter ("1⇥Trước ngày …", "A").
  const mark = given?.trim() ?? /^(?:[\p{L}]?\d{1,3}[.):]?|\p{L}[.)])(?=\s|$)/u.exec(content)?.[0];
  if (mark === undefined) return null;
  if (!content.startsWith(mark)) return null;
  if (found && found.marker.trim() === mark) return found;
  const rest = content.slice(mark.length);
  const textStart = mark.length + (rest.length - rest.trimStart().length);
  // A mark the parser knows, written as the editor gives it ("3." read as "3"), else a mark of its own.
  const known = matchMarker(`${mark} x`);
  if (known && known.marker.trim() === mark) return { ...known, marker: mark, textStart };
  const digits = /\d+/.exec(mark)?.[0];
  return { style: digits ? 'arabic' : 'dash', number: digits ?? mark, marker: mark, textStart };
}

/**
 * The body's blocks as corrected: blocks cut where a correction's line
 * starts something, then marked — a provision (with its mark and level),
 * not a provision, quoted text. Refused corrections (a line that is not
 * among the body's lines, a mark the line does not start with) are said.
 */
export function correctBlocks(blocks: Block[], corrections: Corrections | null, file: VFile): Block[] {
  if (!corrections || corrections.entries.length === 0) return blocks;
  const entries = withRuns(corrections.entries, blocks);
  const cuts = new Set<number>();
  for (const { correction, line, to } of entries) {
    if (correction.provision || correction.quoted || correction.closing === true) cuts.add(line);
    if (correction.quoted && to !== undefined) cuts.add(to + 1);
  }
  // A closing that starts inside a line: the line is cut in two there first.
  const parts = new Map<number, StreamLine[]>();
  for (const { correction, line, at } of entries) {
    if (typeof correction.closing !== 'object') continue;
    const item = blocks.flatMap((b) => b.lines).find((l) => l.line.number === line);
    const text = item?.line.text ?? '';
    const found = item ? fold(text).indexOf(fold(correction.closing.starts.normalize('NFC')), item.line.indent + 1) : -1;
    if (!item || found < 0) {
      refuse(file, corrections, at, item ? `line ${line} has no words "${correction.closing.starts}" after its first` : `line ${line} is not among the lines of the provisions and closing`);
      continue;
    }
    const end = text.slice(0, found).trimEnd().length;
    parts.set(line, [
      { ...item, to: end, content: text.slice(item.line.indent, end).trim() },
      { ...item, from: found, content: text.slice(found).trim(), blanksBefore: 0, pageBreakBefore: false },
    ]);
  }
  // Cut: a cut line inside a block starts a block of its own (unnumbered, quoted as the block was).
  const out: Block[] = [];
  for (const whole of blocks) {
    // A line cut in two (a closing starting mid-line): its second part starts a block.
    const block = { ...whole, lines: whole.lines.flatMap((item) => parts.get(item.line.number) ?? [item]) };
    let current: Block = { ...block, lines: [block.lines[0]!] };
    out.push(current);
    for (const item of block.lines.slice(1)) {
      if ((item.from === undefined && cuts.has(item.line.number) && current.lines[current.lines.length - 1]?.line.number !== item.line.number) || item.from !== undefined) {
        current = { lines: [item], marker: null, ...(block.quoted ? { quoted: true } : {}) };
        out.push(current);
      } else current.lines.push(item);
    }
  }
  const startIndex = (line: number) => {
    const index = out.findIndex((block) => block.lines[0]!.line.number === line);
    return index < 0 ? undefined : index;
  };
  for (const { correction, line, to, note, at } of entries) {
    if (correction.provision !== undefined) {
      const index = startIndex(line);
      if (index === undefined) {
        refuse(file, corrections, at, `line ${line} is not among the lines of the provisions (the parser reads it as the header, Kính gửi, Nơi nhận or signature)`);
        continue;
      }
      const block = out[index]!;
      if (correction.provision === false) {
        if (!block.marker) {
          refuse(file, corrections, at, `line ${line} starts no provision in the parser's reading (it is read as text of the preamble or of a provision): there is nothing to take out`);
          continue;
        }
        // The line goes on with the text above it: merged into the block before, as one paragraph.
        const previous = out[index - 1];
        if (previous && !previous.quoted && !block.quoted) out.splice(index - 1, 2, { ...previous, lines: [...previous.lines, ...block.lines], editorial: note ?? '' });
        else out[index] = { ...block, marker: null, editorial: note ?? '' };
        continue;
      }
      const marker = forcedMarker(block.lines[0]!.content, correction.provision.marker);
      if (!marker) {
        const what = correction.provision.marker ? `does not start with the mark "${correction.provision.marker}"` : 'starts with no numbering mark the parser knows: give it as provision.marker';
        refuse(file, corrections, at, `line ${line} ${what}`);
        continue;
      }
      const { quoted: _quoted, ...rest } = block;
      const lines = block.lines;
      // The parser did not see a mark here, so it did not see a title either: a first line that stops short of a
      // sentence's end, followed by a line opening in capitals, is the title on a line of its own ("Nội dung 2: Chuẩn bị …").
      const titled = lines.length > 1 && !/[.;:,!?…]["”»)]?$/u.test(lines[0]!.content) && lines[0]!.content.length > marker.textStart && /^\p{Lu}/u.test(lines[1]!.content);
      out[index] = { ...rest, ...(titled ? { lines: [lines[0]!] } : {}), marker, editorial: note ?? '', ...(correction.provision.level ? { level: correction.provision.level } : {}) };
      if (titled) out.splice(index + 1, 0, { lines: lines.slice(1), marker: null });
    }
    if (correction.quoted && to !== undefined) {
      if (startIndex(line) === undefined) {
        refuse(file, corrections, at, `line ${line} is not among the lines of the provisions`);
        continue;
      }
      out.forEach((block, i) => {
        const first = block.lines[0]!.line.number;
        if (first >= line && first <= to) out[i] = { ...block, marker: null, quoted: true, editorial: note ?? '' };
      });
    }
  }
  return out;
}

/**
 * A provision correction `through` a later line stands for one correction
 * per line between that starts with a mark of the first one's shape (digits
 * for digits, a letter for a letter, the same punctuation after it).
 */
function withRuns(entries: ResolvedCorrection[], blocks: Block[]): ResolvedCorrection[] {
  const out: ResolvedCorrection[] = [];
  const lines = blocks.flatMap((block) => block.lines);
  for (const entry of entries) {
    out.push(entry);
    const provision = entry.correction.provision;
    if (provision === undefined || provision === false || provision.through === undefined) continue;
    const first = lines.find((item) => item.line.number === entry.line);
    const mark = first ? (provision.marker ?? forcedMarker(first.content, undefined)?.marker) : undefined;
    if (!mark) continue;
    // The mark's shape: its digits any number, a lone letter any letter, everything else as printed.
    const pattern = [...mark.trim()]
      .map((c) => (/\d/u.test(c) ? '\\d' : /\p{L}/u.test(c) && mark.trim().length <= 2 ? '\\p{L}' : c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')))
      .join('')
      .replace(/(?:\\d)+/gu, '\\d{1,3}');
    // A mark alone on its line (a table's row number) is a mark too.
    const shape = new RegExp(`^${pattern}(?=\\s|$)`, 'u');
    for (const item of lines) {
      if (item.line.number <= entry.line || item.line.number > provision.through || !shape.test(item.content)) continue;
      const own = shape.exec(item.content)![0];
      out.push({ ...entry, line: item.line.number, correction: { ...entry.correction, provision: { ...provision, marker: own } } });
    }
  }
  return out;
}

/**
 * Where a correction puts the closing: the index of the block it starts
 * with, or, for "the closing does not start here", the index after which
 * the parser may look for it. Null when no correction says.
 */
export function closingCorrection(blocks: Block[], corrections: Corrections | null, file: VFile): { startsAt: number } | { after: number } | null {
  const all = corrections?.entries.filter((e) => e.correction.closing !== undefined) ?? [];
  // A document has one closing: a second correction of where it starts is refused, not silently ignored.
  for (const extra of all.slice(1)) refuse(file, corrections!, extra.at, `a document has one closing, and the correction at line ${all[0]!.at.line} of this file already says where it starts`);
  const entry = all[0];
  if (!entry || !corrections) return null;
  // A closing starting mid-line starts with the second part of its line.
  const cut = blocks.findIndex((block) => block.lines[0]!.line.number === entry.line && block.lines[0]!.from !== undefined);
  const index = cut >= 0 ? cut : blocks.findIndex((block) => block.lines.some((item) => item.line.number === entry.line));
  if (index < 0) {
    refuse(file, corrections, entry.at, `line ${entry.line} is not among the lines of the provisions and closing`);
    return null;
  }
  return entry.correction.closing !== false ? { startsAt: index } : { after: index };
}

/** The innermost provision whose own lines (mark, heading, paragraphs) include `line`. */
export function provisionAtLine(provisions: ProvisionNode[], line: number): ProvisionNode | null {
  for (const node of provisions) {
    if (line < node.position.start.line || line > node.position.end.line) continue;
    const inner = provisionAtLine(node.children.filter((c): c is ProvisionNode => c.type === 'provision'), line);
    if (inner) return inner;
    if (node.children.some((c) => c.type !== 'provision' && c.position.start.line <= line && line <= c.position.end.line)) return node;
  }
  return null;
}

/** Mark a provision as corrected by an editor. */
export function markCorrected(node: ProvisionNode, part: CorrectedPart, note: string | null): void {
  const editorial = node.data.editorial ?? { parts: [], notes: [] };
  if (!editorial.parts.includes(part)) editorial.parts.push(part);
  if (note && !editorial.notes.includes(note)) editorial.notes.push(note);
  node.data.editorial = editorial;
}

/**
 * "This provision's heading ends here" / "has no heading": the provision's
 * own text (heading and paragraphs before its items) is parted again at
 * the line. Text nodes are moved, never changed.
 */
export function correctHeadings(provisions: ProvisionNode[], corrections: Corrections | null, file: VFile): void {
  for (const entry of corrections?.entries ?? []) {
    const { correction, line, note, at } = entry;
    if (!correction.heading) continue;
    const node = provisionAtLine(provisions, line);
    if (!node) {
      refuse(file, corrections!, at, `line ${line} is in no provision`);
      continue;
    }
    const own = node.children.filter((c): c is HeadingNode | ParagraphNode => c.type === 'heading' || c.type === 'paragraph');
    const firstItem = node.children.findIndex((c) => c.type === 'provision');
    const texts = own.filter((c) => firstItem < 0 || node.children.indexOf(c) < firstItem);
    // "ends after these words": the line's words are cut there first (a title run in before its text: "3. Chế độ báo cáo: …").
    if (typeof correction.heading === 'object' && !cutAfter(texts, line, correction.heading.ends)) {
      refuse(file, corrections!, at, `line ${line} has no words "${correction.heading.ends}" in its provision's own text`);
      continue;
    }
    const words = texts.flatMap((c) => c.children);
    const split = correction.heading === 'none' ? 0 : typeof correction.heading === 'object' ? words.findIndex((w) => w.type === 'text' && w.data?.headingEnd) + 1 : words.filter((w) => w.position.start.line <= line).length;
    if (correction.heading !== 'none' && split <= 0) {
      refuse(file, corrections!, at, `line ${line} holds no words of its provision's text before its items`);
      continue;
    }
    const headingWords = words.slice(0, split).filter((w) => w.type === 'text');
    const rebuilt: Array<HeadingNode | ParagraphNode> = [];
    if (headingWords.length > 0) rebuilt.push({ type: 'heading', children: headingWords, position: spanOf(headingWords) });
    // The rest keeps its paragraphs, less the words that went to the heading.
    let taken = split;
    for (const part of texts) {
      const rest = part.children.slice(Math.min(taken, part.children.length));
      taken = Math.max(0, taken - part.children.length);
      if (rest.length === 0) continue;
      rebuilt.push({ type: 'paragraph', children: rest, position: spanOf(rest), ...(part.type === 'paragraph' && part.data ? { data: part.data } : {}) });
    }
    // A footnote mark inside the heading's words stays in the text after it.
    const marks = words.slice(0, split).filter((w) => w.type === 'footnoteReference');
    if (marks.length > 0) {
      const into = rebuilt.find((p) => p.type === 'paragraph') as ParagraphNode | undefined;
      if (into) into.children.unshift(...marks);
      else rebuilt.push({ type: 'paragraph', children: marks, position: spanOf(marks) });
    }
    if (texts.length === 0) {
      refuse(file, corrections!, at, `line ${line}'s provision has no text of its own`);
      continue;
    }
    const start = node.children.indexOf(texts[0]!);
    node.children.splice(start, texts.length, ...rebuilt);
    markCorrected(node, 'heading', note);
  }
}

/**
 * Cut the text node of `line` that holds `words` right after them (and a
 * colon after them), marking the first part as where a heading ends.
 * False when the line holds no such words.
 */
function cutAfter(parts: Array<HeadingNode | ParagraphNode>, line: number, words: string): boolean {
  const wanted = fold(words.normalize('NFC'));
  for (const part of parts) {
    for (let i = 0; i < part.children.length; i++) {
      const node = part.children[i]!;
      if (node.type !== 'text' || node.position.start.line !== line) continue;
      const at = fold(node.value).indexOf(wanted);
      if (at < 0) continue;
      let end = at + wanted.length;
      if (node.value[end] === ':') end++;
      const rest = node.value.slice(end);
      const from = end + (rest.length - rest.trimStart().length);
      if (from >= node.value.length) {
        node.data = { ...node.data, headingEnd: true };
        return true;
      }
      const [left, right] = splitText(node, end, from);
      left.data = { ...left.data, headingEnd: true };
      (part.children as Array<typeof node>).splice(i, 1, left, right);
      return true;
    }
  }
  return false;
}
