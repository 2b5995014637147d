/**
 * Citations of other documents. Recognised forms:
 * - number forms: "Kết luận số 92-KL/TW ngày 05/11/2020", "157-KH/TU", "12/2020/NĐ-CP";
 * - registry names: short names ("Nghị quyết 15") and descriptive names
 *   ("Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về …");
 * - short names the text defines itself: "(sau đây viết tắt là Kết luận 92 và
 *   Nghị quyết 15)", "(sau đây gọi tắt là Chỉ thị 05)";
 * - short forms of a document the text cites by number elsewhere: "Chỉ thị
 *   11" after (or before) "Chỉ thị số 11-CT/TU"; a short form that names no
 *   number known to the text or the registry ("kế hoạch 5 năm") is no citation;
 * - the document itself: "Công văn này", "Kế hoạch này".
 * A citation that resolves to no registry entry is kept, marked unresolved,
 * with a warning. Where a citation gives a date that differs from the
 * registry's, a warning says so.
 */
import type { VFile } from 'vfile';
import type { Citation } from '../../schemas/document.js';
import type { Reference } from '../../schemas/reference.js';
import { typeWords } from '../../text/document-types.js';
import { fold } from '../../text/fold.js';
import { PhraseMatcher } from '../../text/phrase-matcher.js';
import type { TextRun } from '../text-run.js';
import { KIND, numberKey, type Vocabulary } from '../vocabulary.js';

const TYPES = typeWords('cited');
const TYPE = `(?:${TYPES.join('|')})`;
// Starts only where a number starts: inside a long run of digits every other start would backtrack over the run.
// Spaced around its dash ("12 - KL/TW") only in the full shape, with its issuer's part after a slash: "mục 3 - các" is no number.
const NUMBER = String.raw`(?<!\d)\d{1,6}(?:(?:\/\d{4})?[-\/][a-z]+(?:[-\/][a-z]+){0,4}|\s[-–]\s[a-z]{1,8}\/[a-z]+(?:[-\/][a-z]+){0,3})`;
// The date as "ngày 05/11/2020" or "ngày 10 tháng 7 năm 2024".
const NUMBER_FORM = new RegExp(String.raw`(?:${TYPE} (?:so )?)?(${NUMBER})(?:,? ngay (\d{1,2})(?:\/| thang )(\d{1,2})(?:\/| nam )(\d{4}))?`, 'g');
const SHORT_FORM = new RegExp(String.raw`(${TYPE}) (?:so )?(\d{1,6})(?![\d\/-])`, 'g');
const SELF_FORM = new RegExp(String.raw`${TYPE} nay\b`, 'g');
// Bounded: an unclosed "(sau đây viết tắt là" must not make every later one scan to the end of the text.
const DEFINITION = /\(sau day (?:duoc )?(?:viet tat|goi tat|goi) la ([^)]{1,300})\)/g;

interface Candidate extends Omit<Citation, 'line' | 'column'> {
  start: number;
  end: number;
}

/** A short name a text defines for a document it cites, with what it stands for. */
interface Defined {
  target: string | null;
  number: string | null;
}

function isBoundary(folded: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(folded[start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(folded[end] ?? ' ');
}

function isoDate(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Finds citations in the runs of one document; holds that document's defined short names. */
export class CitationFinder {
  readonly #vocabulary: Vocabulary;
  readonly #file: VFile;
  readonly #defined = new PhraseMatcher<Defined>();
  /** The documents the text cites by number, by type and number ("chi thi 11" → 11-CT/TU): what a short form names. */
  readonly #byTypeAndNumber = new Map<string, Defined>();
  /** Unresolved citations already reported: each is reported once, where it first occurs. */
  readonly #reported = new Set<string>();

  constructor(vocabulary: Vocabulary, file: VFile) {
    this.#vocabulary = vocabulary;
    this.#file = file;
  }

  /** Learn the short names a run defines ("sau đây viết tắt là …"). Call on every run first. */
  learnDefinitions(run: TextRun): void {
    const numbered = this.#numberForms(run, false);
    for (const cited of numbered) {
      const typed = new RegExp(String.raw`^(${TYPE}) (?:so )?(\d+)`).exec(fold(run.text.slice(cited.start, cited.end)));
      const key = typed ? `${typed[1]} ${Number(typed[2])}` : null;
      if (key && !this.#byTypeAndNumber.has(key)) this.#byTypeAndNumber.set(key, { target: cited.target, number: cited.number });
    }
    for (const found of run.folded.matchAll(DEFINITION)) {
      const inside = run.text.slice(found.index + found[0].indexOf(found[1]!), found.index + found[0].length - 1);
      for (const name of inside.split(/\s*(?:,|\bvà\b)\s*/u).filter(Boolean)) {
        const short = /^(.*?)\s*(?:số\s+)?(\d+)$/u.exec(name.trim());
        if (!short) continue;
        const type = fold(short[1]!);
        // The defined name stands for the latest earlier citation of that type and number.
        const cited = numbered
          .filter((c) => c.start < found.index && c.number !== null && c.number.startsWith(`${short[2]}-`) && (type === '' || fold(run.text.slice(c.start, c.end)).startsWith(type)))
          .pop();
        if (cited) this.#defined.add(name.trim(), { target: cited.target, number: cited.number });
      }
    }
  }

  /** Every citation in a run, in order. */
  find(run: TextRun): Citation[] {
    const candidates: Candidate[] = [...this.#numberForms(run, true)];
    for (const match of run.matches<Reference>(this.#vocabulary, KIND.reference)) {
      const reference = match.value;
      const words = fold(run.text.slice(match.start, match.end)).replace(/[\s,\-–]+/g, ' ');
      candidates.push({
        target: reference.id,
        number: reference.number,
        text: run.text.slice(match.start, match.end),
        date: null,
        form: words === fold(reference.shortName) ? 'short-name' : 'descriptive',
        resolved: true,
        start: match.start,
        end: match.end,
      });
    }
    for (const match of this.#defined.match(run.text, run.tokens, run.keys)) {
      candidates.push({
        target: match.value.target,
        number: match.value.number,
        text: run.text.slice(match.start, match.end),
        date: null,
        form: 'defined-short-name',
        resolved: match.value.target !== null,
        start: match.start,
        end: match.end,
      });
    }
    for (const found of run.folded.includes(' nay') ? run.folded.matchAll(SELF_FORM) : []) {
      if (!isBoundary(run.folded, found.index, found.index + found[0].length)) continue;
      candidates.push({ target: 'self', number: null, text: run.text.slice(found.index, found.index + found[0].length), date: null, form: 'self', resolved: true, start: found.index, end: found.index + found[0].length });
    }
    for (const found of /\d/.test(run.folded) ? run.folded.matchAll(SHORT_FORM) : []) {
      const start = found.index;
      const end = start + found[0].length;
      if (!isBoundary(run.folded, start, end)) continue;
      // Only a document the text cites by number: "kế hoạch 5 năm" names none.
      const named = this.#byTypeAndNumber.get(`${found[1]} ${Number(found[2])}`);
      if (!named) continue;
      candidates.push({ target: named.target, number: named.number, text: run.text.slice(start, end), date: null, form: 'short-name', resolved: named.target !== null, start, end });
    }
    // The names inside a definition "(sau đây viết tắt là …)" define; they do not cite.
    const definitions = [...run.folded.matchAll(DEFINITION)].map((d) => [d.index, d.index + d[0].length] as const);
    const defining = (c: Candidate) => definitions.some(([from, to]) => c.start >= from && c.end <= to);
    // Longest first at each place; a resolved reading beats an unresolved one of the same span.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.resolved) - Number(a.resolved));
    const citations: Citation[] = [];
    let coveredUntil = -1;
    for (const candidate of candidates) {
      if (candidate.start < coveredUntil || defining(candidate)) continue;
      coveredUntil = candidate.end;
      const { start, end, ...citation } = candidate;
      const point = run.pointAt(start);
      const key = fold(citation.number ?? citation.text);
      if (!citation.resolved && !this.#reported.has(key)) {
        this.#reported.add(key);
        this.#file.message(`Citation "${citation.text}" names no document in content/references/: it is kept unresolved (here and wherever it recurs); add the document there to link it`, {
          place: point,
          ruleId: 'unresolved-citation',
          source: 'directive',
        });
      }
      citations.push({ ...citation, ...point });
    }
    return citations;
  }

  #numberForms(run: TextRun, report: boolean): Candidate[] {
    const found: Candidate[] = [];
    if (!/\d[-/]/.test(run.folded)) return found; // no document number in this run
    NUMBER_FORM.lastIndex = 0;
    for (const match of run.folded.matchAll(NUMBER_FORM)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isBoundary(run.folded, start, end)) continue;
      const numberStart = start + match[0].indexOf(match[1]!);
      const number = run.text.slice(numberStart, numberStart + match[1]!.length);
      if (!/\p{Lu}/u.test(number)) continue; // "2012-abc" is no document number
      const reference: Reference | undefined = this.#vocabulary.referenceByNumber.get(numberKey(number));
      if (report && reference && match[2] && reference.date) {
        const cited = isoDate(match[2], match[3]!, match[4]!);
        if (cited !== reference.date) {
          this.#file.message(`Citation of ${reference.number} gives the date ${cited}; content/references/ has ${reference.date}`, {
            place: run.pointAt(start),
            ruleId: 'citation-date-mismatch',
            source: 'directive',
          });
        }
      }
      found.push({
        target: reference?.id ?? null,
        number: reference?.number ?? number,
        text: run.text.slice(start, end),
        date: match[2] ? isoDate(match[2], match[3]!, match[4]!) : null,
        form: 'number',
        resolved: reference !== undefined,
        start,
        end,
      });
    }
    return found;
  }
}
