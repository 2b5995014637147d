/**
 * Ids, labels and citations of provisions.
 *
 * Ids are ASCII, derived from the numbering only (never from the text), one
 * segment per level joined by "__": "muc-2__gach-3", "phan-a__muc-ii__khoan-1__diem-1-3".
 * Bullets are numbered by their position. A number printed twice gets a
 * suffix on its second id ("muc-2--2"), so ids stay unique and earlier ids
 * do not move.
 *
 * Labels follow how documents cite their own parts (domain brief §5):
 *   "Phần thứ nhất" → "Phần thứ nhất"; "Chương I" → "Chương I"; "Điều 3." → "Điều 3",
 *   whose 1, 2 are "khoản" and a), b) "điểm" ("điểm a khoản 2 Điều 3");
 *   A/B (capital letters) → "Phần A"; I/II → "Mục I"; 1/2 → "Mục 2", or
 *   "Khoản 2" under a roman-numbered part; 1.1 and a) → "Điểm 1.1", "Điểm a";
 *   "-" → "gạch đầu dòng thứ ba"; "+" → "dấu cộng thứ hai".
 * The label reads outermost first ("Mục 2, gạch đầu dòng thứ ba"); the
 * citation reads innermost first, as texts cite ("Gạch đầu dòng thứ ba, mục 2
 * Công văn số … của …").
 */
import { visitParents } from 'unist-util-visit-parents';
import { isBullet } from '../input/classify.js';
import type { BodyNode, ProvisionNode } from '../nodes.js';

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "thứ nhất", "thứ hai" … "thứ mười", then "thứ 11". */
export function ordinalWords(n: number): string {
  return `thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

const ID_PREFIX: Record<ProvisionNode['style'], string> = {
  part: 'phan',
  chapter: 'chuong',
  section: 'muc',
  article: 'dieu',
  star: 'sao',
  upper: 'phan',
  roman: 'muc',
  arabic: 'muc',
  decimal: 'diem',
  lower: 'diem',
  paren: 'tiet',
  step: 'buoc',
  question: 'cau',
  ordinal: 'y',
  period: 'ky',
  dash: 'gach',
  plus: 'cong',
};

function asciiNumber(number: string): string {
  return number
    .toLowerCase()
    .replace(/đ/g, 'dd') // "đ)" must not collide with "d)"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Part {
  /** "Mục 2", "gạch đầu dòng thứ ba" (lower case; capitalised where it starts a sentence). */
  words: string;
  numbered: boolean;
}

function part(node: ProvisionNode, ancestors: ProvisionNode[]): Part {
  const base = basePart(node, ancestors);
  const occurrence = node.data?.occurrence;
  // A number printed twice: say which one, so a citation stays unambiguous.
  return occurrence && occurrence > 1 ? { ...base, words: `${base.words} (số lặp lại, lần ${ordinalWords(occurrence)})` } : base;
}

function basePart(node: ProvisionNode, ancestors: ProvisionNode[]): Part {
  const underArticle = ancestors.some((a) => a.style === 'article');
  switch (node.style) {
    case 'part':
      return { words: `phần ${node.number.toLowerCase()}`, numbered: true };
    case 'chapter':
      return { words: `chương ${node.number}`, numbered: true };
    case 'section':
      return { words: `mục ${node.number}`, numbered: true };
    case 'article':
      // State documents cite articles with a capital: "khoản 2 Điều 3".
      return { words: `Điều ${node.number}`, numbered: true };
    case 'star':
      return { words: `dấu sao ${ordinalWords(node.ordinal)}`, numbered: false };
    case 'upper':
      return { words: `phần ${node.number}`, numbered: true };
    case 'roman':
      return { words: `mục ${node.number}`, numbered: true };
    case 'arabic':
      return { words: `${underArticle || ancestors.some((a) => a.style === 'roman') ? 'khoản' : 'mục'} ${node.number}`, numbered: true };
    case 'decimal':
    case 'lower':
      return { words: `điểm ${node.number}`, numbered: true };
    case 'paren':
      return { words: `tiết (${node.number})`, numbered: true };
    case 'step':
      return { words: `bước ${node.number}`, numbered: true };
    case 'question':
      return { words: `câu ${node.number}`, numbered: true };
    case 'ordinal':
      return { words: `ý thứ ${node.number}`, numbered: false };
    case 'period':
      // "tháng 01", "quý II": the period as printed.
      return { words: node.number.charAt(0).toLowerCase() + node.number.slice(1), numbered: true };
    case 'dash':
      return { words: `gạch đầu dòng ${ordinalWords(node.ordinal)}`, numbered: false };
    case 'plus':
      return { words: `dấu cộng ${ordinalWords(node.ordinal)}`, numbered: false };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label of a provision, outermost first: "Mục 2, gạch đầu dòng thứ ba". */
export function labelOf(path: ProvisionNode[]): string {
  return capitalise(path.map((node, i) => part(node, path.slice(0, i)).words).join(', '));
}

/**
 * Where a provision is, innermost first, as texts cite it: numbered parts run
 * on ("điểm 1.3 khoản 1 mục II"), a bullet is followed by a comma
 * ("gạch đầu dòng thứ ba, mục 2").
 */
export function locationOf(path: ProvisionNode[]): string {
  // Articles are numbered through the whole text: "khoản 2 Điều 3", never "… Điều 3 chương I".
  const article = path.findLastIndex((node) => node.style === 'article');
  // "điểm 2.2.1" already says it is in 2.2: a decimal ancestor of a decimal is left out.
  const kept = path.map((node, i) => ({ node, i })).filter(({ node, i }) => {
    if (article > 0 && i < article) return false;
    const child = path[i + 1];
    return !(node.style === 'decimal' && child?.style === 'decimal' && child.number.startsWith(`${node.number}.`));
  });
  const parts = kept.map(({ node, i }) => part(node, path.slice(0, i))).reverse();
  let out = '';
  parts.forEach((p, i) => {
    if (i > 0) out += parts[i - 1]!.numbered ? ' ' : ', ';
    out += p.words;
  });
  return capitalise(out);
}

/**
 * Assign ids (unique within the document) and labels to every provision of
 * the body. `designation` names the document for citations ("Công văn số …
 * của …"). Parents are visited before their children, so a provision's
 * parent already has its id.
 */
export function assignIds(body: BodyNode, designation: string): void {
  const seen = new Map<BodyNode | ProvisionNode, Map<string, number>>();
  visitParents(body, 'provision', (node, ancestors) => {
    const outer = ancestors.filter((a): a is ProvisionNode => a.type === 'provision');
    const parent = ancestors[ancestors.length - 1]!;
    const number = isBullet(node.style) || node.style === 'ordinal' ? String(node.ordinal) : asciiNumber(node.number);
    const prefix = node.style === 'arabic' && outer.some((a) => a.style === 'roman' || a.style === 'article') ? 'khoan' : ID_PREFIX[node.style];
    let segment = `${prefix}-${number}`;
    let siblings = seen.get(parent);
    if (!siblings) {
      siblings = new Map();
      seen.set(parent, siblings);
    }
    const count = (siblings.get(segment) ?? 0) + 1;
    siblings.set(segment, count);
    if (count > 1) {
      segment += `--${count}`;
      node.data.occurrence = count;
    }
    const parentId = outer[outer.length - 1]?.data.id;
    const id = parentId ? `${parentId}__${segment}` : segment;
    const path = [...outer, node];
    node.data.id = id;
    node.data.label = labelOf(path);
    node.data.citation = `${locationOf(path)} ${designation}`;
  });
}
