/**
 * Word's automatic numbering, printed as Word prints it. A numbered
 * paragraph names a numbering instance and a level; the instance points at
 * an abstract definition whose levels say the format ("decimal",
 * "lowerLetter", "bullet" …), the text around the numbers ("%1.", "%1.%2.",
 * "%2)") and where to start. Counters run per abstract definition (several
 * instances of one list continue it unless one restarts it), and a level's
 * use resets the levels below it.
 */

export interface NumberingLevel {
  start: number;
  format: string;
  /** "%1.", "%1.%2.", "", or a bullet character. */
  text: string;
  /** What follows the mark: a tab, a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  /** Show every level as a decimal number ("legal" numbering). */
  legal: boolean;
}

export interface NumberingDefinitions {
  /** Abstract definitions: id → level → definition. */
  abstract: Map<string, Map<number, NumberingLevel>>;
  /** Instances: numId → its abstract definition and its overrides. */
  instances: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, NumberingLevel> }>;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let rest = Math.max(1, Math.min(n, 3999));
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  // a … z, then aa … zz (Word repeats the letter).
  const index = (Math.max(1, n) - 1) % 26;
  const times = Math.floor((Math.max(1, n) - 1) / 26) + 1;
  return String.fromCharCode(97 + index).repeat(times);
}

/** A counter in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * A bullet as the genre types it: Word's bullets are often symbol-font
 * characters ("" for •, "o" for a hollow circle, "" for a square).
 * Printed with the nearest mark the parser knows: "-", "+", "*" or "•".
 */
export function bulletMark(text: string): string {
  const char = text.trim().charAt(0);
  if (char === '-' || char === '–' || char === '—' || char === '+' || char === '*' || char === '•') return char === '—' ? '–' : char;
  if (char === 'o' || char === '◦' || char === '\uf06f') return '+';
  if (char === '\uf0a7' || char === '▪' || char === '■' || char === '\uf06e') return '*';
  return '•';
}

/** The numbering state of one document: counters per abstract list. */
export class Numbering {
  readonly #definitions: NumberingDefinitions;
  readonly #counters = new Map<string, Array<number | undefined>>();
  readonly #started = new Set<string>();

  constructor(definitions: NumberingDefinitions) {
    this.#definitions = definitions;
  }

  /** The printed mark of the next paragraph at `level` of instance `numId`, with what follows it; null when unnumbered. */
  next(numId: string, level: number): { mark: string; suffix: NumberingLevel['suffix'] } | null {
    const instance = this.#definitions.instances.get(numId);
    if (!instance) return null;
    const levels = this.#definitions.abstract.get(instance.abstractId);
    const definition = (l: number) => instance.levels.get(l) ?? levels?.get(l);
    const own = definition(level);
    if (!own) return null;
    const counters = this.#counters.get(instance.abstractId) ?? new Array<number | undefined>(9);
    this.#counters.set(instance.abstractId, counters);
    // An instance that restarts the list does so where it is first used.
    if (!this.#started.has(numId)) {
      this.#started.add(numId);
      for (const [l, start] of instance.starts) counters[l] = start - 1;
    }
    counters[level] = counters[level] === undefined ? own.start : counters[level]! + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = undefined;
    if (own.format === 'bullet') return { mark: bulletMark(own.text), suffix: own.suffix };
    const mark = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const d = definition(l);
      const value = counters[l] ?? d?.start ?? 1;
      return formatNumber(value, own.legal && l < level ? 'decimal' : (d?.format ?? 'decimal'));
    });
    return { mark, suffix: own.suffix };
  }
}
