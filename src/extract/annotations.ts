/**
 * The words a PDF's annotations put on a page. Signing software (ký số)
 * stamps a document's number and day into signature fields — `/Widget`
 * annotations whose appearance stream (`/AP /N`) draws the text over
 * "Số: …" and after "ngày" — and form fields, free text and stamps carry
 * visible text the same way. PDF.js's `getTextContent` reads only the
 * page's own content stream, so these words are read here from the
 * appearance streams as PDF.js draws them: the page's operator list (the
 * one `getOperatorList()` gives, annotations drawn as displayed), its text
 * operators followed through each appearance's matrices to the page, as
 * PDF.js's canvas places glyphs.
 *
 * Guarantees: an annotation not shown on screen (Hidden, NoView or
 * Invisible, as PDF.js and poppler judge it) adds no word; a word drawn
 * outside its annotation's rectangle (clipped away) adds none; a word the
 * page's own text already has at the same place is not added twice; words
 * are returned in viewport coordinates like the page's own items.
 */
import type { PDFPageProxy, PageViewport } from 'pdfjs-dist';
import type { PositionedItem } from './lines.js';

/** Annotation flags (PDF 32000-1, 12.5.3) that keep an annotation off the screen. */
const INVISIBLE = 1;
const HIDDEN = 2;
const NO_VIEW = 32;

/** Annotation kinds that never draw words of the document. */
const WORDLESS = new Set(['Link', 'Popup']);

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: the matrix that maps a point by `inner`, then by `outer` (PDF.js's Util.transform). */
function multiply(outer: ArrayLike<number>, inner: ArrayLike<number>): Matrix {
  const [a, b, c, d, e, f] = [outer[0]!, outer[1]!, outer[2]!, outer[3]!, outer[4]!, outer[5]!];
  return [
    a * inner[0]! + c * inner[1]!,
    b * inner[0]! + d * inner[1]!,
    a * inner[2]! + c * inner[3]!,
    b * inner[2]! + d * inner[3]!,
    a * inner[4]! + c * inner[5]! + e,
    b * inner[4]! + d * inner[5]! + f,
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** What PDF.js's annotation data tells of one annotation (the fields read here). */
interface AnnotationData {
  id: string;
  subtype: string;
  annotationFlags?: number;
  hasAppearance?: boolean;
  rect: number[];
}

/** Whether an annotation is drawn on screen with an appearance that may hold words. */
export function mayShowWords(annotation: AnnotationData): boolean {
  const flags = annotation.annotationFlags ?? 0;
  if (flags & (INVISIBLE | HIDDEN | NO_VIEW)) return false;
  if (WORDLESS.has(annotation.subtype) || annotation.hasAppearance !== true) return false;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = annotation.rect;
  return Math.abs(x1 - x0) > 0 && Math.abs(y1 - y0) > 0;
}

interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

interface Font {
  name?: string;
  fontMatrix?: number[];
  vertical?: boolean;
}

interface TextState {
  ctm: Matrix;
  font: Font | null;
  fontName: string;
  size: number;
  direction: 1 | -1;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

/** A run of glyphs in text space, before it is placed on the page. */
interface Run {
  text: string;
  start: number;
  end: number;
}

/**
 * The runs of one `showText`: words apart at spaces and at gaps wider than
 * a quarter of the font size; `advance` is how far the text position moves.
 */
function runsOf(glyphs: Array<Glyph | number>, state: TextState): { runs: Run[]; advance: number } {
  const scale = state.size * (state.font?.fontMatrix?.[0] ?? 0.001);
  const runs: Run[] = [];
  let x = 0;
  let current: Run | null = null;
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      const move = (-glyph * state.size) / 1000;
      x += move;
      if (move > 0.25 * state.size) current = null;
      continue;
    }
    const spacing = (glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing;
    const width = glyph.width * scale + spacing * state.direction;
    const text = glyph.unicode ?? '';
    if (glyph.isSpace || text.trim() === '') current = null;
    else {
      if (!current) {
        current = { text: '', start: x, end: x };
        runs.push(current);
      }
      current.text += text;
      current.end = x + glyph.width * scale;
    }
    x += width;
  }
  return { runs, advance: x };
}

/**
 * The words drawn by the page's visible annotations, as positioned items.
 * `own`: the page's own items, so a word drawn twice (once by the page,
 * once by an annotation over it) is kept once. `isBold` tells bold from a
 * font's name.
 */
export async function annotationItems(page: PDFPageProxy, viewport: PageViewport, own: PositionedItem[], isBold: (fontName: string | undefined) => boolean): Promise<PositionedItem[]> {
  const annotations = (await page.getAnnotations()) as AnnotationData[];
  const shown = new Map(annotations.filter(mayShowWords).map((a) => [a.id, a]));
  if (shown.size === 0) return [];
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The operator list as displayed: annotations drawn from their appearance streams (PDF.js caches it per page).
  const list = await page.getOperatorList();
  const items: PositionedItem[] = [];
  let annotation: AnnotationData | null = null;
  let state: TextState | null = null;
  const stack: TextState[] = [];
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  const fresh = (ctm: Matrix): TextState => ({ ctm, font: null, fontName: '', size: 0, direction: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 });
  const moveText = (tx: number, ty: number) => {
    lineMatrix = multiply(lineMatrix, [1, 0, 0, 1, tx, ty]);
    textMatrix = lineMatrix;
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (op === OPS.beginAnnotation) {
      const [id, , transform, matrix] = args as [string, number[], number[], number[]];
      annotation = shown.get(id) ?? null;
      state = fresh(multiply(transform ?? IDENTITY, matrix ?? IDENTITY));
      stack.length = 0;
      continue;
    }
    if (op === OPS.endAnnotation) {
      annotation = null;
      state = null;
      continue;
    }
    // The page's own content, and annotations not shown, are not read here.
    if (!annotation || !state) continue;
    switch (op) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...state });
        const matrix = args[0] as number[] | null;
        if (matrix) state.ctm = multiply(state.ctm, matrix);
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.beginText:
        textMatrix = IDENTITY;
        lineMatrix = IDENTITY;
        break;
      case OPS.setFont:
      case OPS.setGState: {
        const entry = op === OPS.setFont ? (args as [string, number]) : ((args[0] as Array<[string, unknown]>).find(([key]) => key === 'Font')?.[1] as [string, number] | undefined);
        if (!entry) break;
        const [fontName, size] = entry;
        state.fontName = fontName;
        state.font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as Font) : null;
        state.size = Math.abs(size);
        state.direction = size < 0 ? -1 : 1;
        break;
      }
      case OPS.setCharSpacing:
        state.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        state.hScale = (args[0] as number) / 100;
        break;
      case OPS.setLeading:
        state.leading = args[0] as number;
        break;
      case OPS.setTextRise:
        state.rise = args[0] as number;
        break;
      case OPS.setTextMatrix: {
        const m = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as number[];
        textMatrix = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
        lineMatrix = textMatrix;
        break;
      }
      case OPS.moveText:
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        state.leading = -(args[1] as number);
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.nextLine:
        moveText(0, -state.leading);
        break;
      case OPS.showText: {
        if (state.size === 0 || state.font?.vertical) break;
        const { runs, advance } = runsOf(args[0] as Array<Glyph | number>, state);
        const toUser = multiply(state.ctm, textMatrix);
        for (const run of runs) {
          const item = place(run, state, toUser, viewport, annotation, isBold);
          if (item && !drawnAlready(item, own)) items.push(item);
        }
        textMatrix = multiply(textMatrix, [1, 0, 0, 1, advance * state.hScale, 0]);
        break;
      }
      default:
        break;
    }
  }
  return items;
}

/** A run placed on the page (viewport coordinates), or null when it is clipped away or not set horizontally. */
function place(run: Run, state: TextState, toUser: Matrix, viewport: PageViewport, annotation: AnnotationData, isBold: (fontName: string | undefined) => boolean): PositionedItem | null {
  const text = run.text.normalize('NFC');
  if (text.trim() === '') return null;
  const [ux0, uy0] = apply(toUser, run.start * state.hScale, state.rise);
  const [ux1, uy1] = apply(toUser, run.end * state.hScale, state.rise);
  // Clipped to the annotation's rectangle, as displayed: judged by the run's middle.
  const [rx0 = 0, ry0 = 0, rx1 = 0, ry1 = 0] = annotation.rect;
  const [mx, my] = [(ux0 + ux1) / 2, (uy0 + uy1) / 2];
  const slack = 0.5 * state.size;
  if (mx < Math.min(rx0, rx1) - slack || mx > Math.max(rx0, rx1) + slack || my < Math.min(ry0, ry1) - slack || my > Math.max(ry0, ry1) + slack) return null;
  const [x0, y0] = viewport.convertToViewportPoint(ux0, uy0) as [number, number];
  const [x1, y1] = viewport.convertToViewportPoint(ux1, uy1) as [number, number];
  // Text set at an angle (a diagonal stamp) has no line to join.
  if (Math.abs(y1 - y0) > 0.2 * Math.max(1, Math.abs(x1 - x0))) return null;
  const size = Math.hypot(toUser[2], toUser[3]) * state.size;
  return { text, x: Math.min(x0, x1), y: y0, width: Math.abs(x1 - x0), size, bold: isBold(state.font?.name), annotation: true };
}

/** Whether the page's own text has this word already, at the same place (an annotation drawn over the page's own words). */
function drawnAlready(item: PositionedItem, own: PositionedItem[]): boolean {
  const near = 0.3 * item.size;
  return own.some((o) => Math.abs(o.y - item.y) <= near && o.x <= item.x + near && o.x + o.width >= item.x + item.width - near && o.text.includes(item.text));
}
