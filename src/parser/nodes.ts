/**
 * The directive tree: unist nodes with positions. Every word of the source
 * (page artefacts excepted) is in exactly one literal node (`text`, `marker`
 * or `label`), in source order; structure lives in the parents.
 */
import type { Literal, Node, Parent, Position } from 'unist';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { AreaTag, Artefact, BodyTag, Citation, DocumentMeta, Provenance, TermTag, TaskRow } from '../schemas/document.js';
import type { CellTable } from './tags/task-rows.js';

/** Words of one source line (or a cell of one line). */
export interface TextNode extends Literal {
  type: 'text';
  value: string;
  position: Position;
  data?: {
    /** Source column of each character, where normalisation changed the line. */
    columns?: number[];
    /** Where a tab stood in the source, as offsets into `value`: a Word table's row written with tabs parts its cells there. */
    tabs?: number[];
    /** Tabs that stood before the node's first word (a Word table's row whose first cells are empty). */
    tabsBefore?: number;
    /** Follows the previous text node without a space (the rest of a word a footnote mark was cut from). */
    attached?: boolean;
    /** An editor's correction says the provision's heading ends with this node. */
    headingEnd?: boolean;
  };
}

/** A numbering mark as printed: "2.", "a)", "-", "+". */
export interface MarkerNode extends Literal {
  type: 'marker';
  value: string;
  position: Position;
  /** The words follow the mark with no space between ("2.2Quy trình …", as extraction glued them). */
  data?: { attached?: boolean };
}

/** A footnote's mark where it stands in the text ("khoáng sản¹"): not a word of the text. */
export interface FootnoteReferenceNode extends Literal {
  type: 'footnoteReference';
  /** The mark as printed ("1", "*"). */
  value: string;
  position: Position;
}

/** A printed label that is not content: "Kính gửi:", "Nơi nhận:". */
export interface LabelNode extends Literal {
  type: 'label';
  value: string;
  position: Position;
}

export interface ParagraphNode extends Parent {
  type: 'paragraph';
  /** Text, and the footnote marks that stand in it (glued to the text before them). */
  children: Array<TextNode | FootnoteReferenceNode>;
  position: Position;
  data?: {
    leadIn?: boolean;
    references?: Citation[];
    deadlines?: import('../schemas/document.js').Deadline[];
    quoted?: boolean;
    /** A line of a table the provision holds (tables.ts): read by its row, not as the provision's prose. */
    cell?: boolean;
    /** The sentence that introduces such a table ("Các cơ quan thực hiện các nhiệm vụ sau:"): the rows name who does what. */
    leadsTable?: boolean;
    editorial?: string;
    responsible?: BodyTag[];
    coordinating?: BodyTag[];
    reportsTo?: BodyTag[];
  };
}

export type HeaderRole =
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" */
  | 'partyName'
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
  | 'nationalName'
  /** "Độc lập - Tự do - Hạnh phúc" */
  | 'motto'
  /** The body above the issuer ("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "UBND TỈNH QUẢNG NGÃI"). */
  | 'superior'
  | 'issuer'
  | 'separator'
  | 'number'
  | 'placeDate'
  | 'documentType'
  | 'subject'
  /** Digits a digital signature stamped beside a blank field: the number ("12094" over "Số:   /BNV-CCHC") or the day. */
  | 'stamp'
  | 'other';

export interface HeaderFieldNode extends Parent {
  type: 'headerField';
  role: HeaderRole;
  children: TextNode[];
  position: Position;
}

export interface HeaderNode extends Parent {
  type: 'header';
  children: HeaderFieldNode[];
  position: Position;
}

export interface ListItemNode extends Parent {
  type: 'listItem';
  children: Array<MarkerNode | TextNode>;
  position: Position;
}

export interface ListNode extends Parent {
  type: 'addressees' | 'copiesTo';
  children: Array<LabelNode | ListItemNode>;
  position: Position;
}

export interface PreambleNode extends Parent {
  type: 'preamble';
  children: ParagraphNode[];
  position: Position;
}

/**
 * Numbering styles: "Phần thứ nhất" (part), "Chương I" (chapter), "Mục 1" (section), "Điều 3." (article),
 * "A-" (upper), "I-" (roman), "1." (arabic), "1.1." (decimal), "a)" (lower), "(i)" / "(1)" (paren),
 * "Bước 1:" (step), "Câu 1:" (question), "Thứ nhất:" (ordinal), "Tháng 01" / "Quý I" alone on a line (period), "-" (dash), "+" (plus), "*" (star).
 */
export type ProvisionStyle = 'part' | 'chapter' | 'section' | 'article' | 'upper' | 'roman' | 'arabic' | 'decimal' | 'lower' | 'paren' | 'step' | 'question' | 'ordinal' | 'period' | 'dash' | 'plus' | 'star';

export interface HeadingNode extends Parent {
  type: 'heading';
  children: TextNode[];
  position: Position;
}

/** What the transform stages add to a provision. */
export interface ProvisionData {
  id?: string;
  /** For a number printed more than once among siblings: which occurrence this is (2, 3 …). */
  occurrence?: number;
  label?: string;
  citation?: string;
  responsible?: BodyTag[];
  coordinating?: BodyTag[];
  reportsTo?: BodyTag[];
  areas?: AreaTag[];
  beneficiaries?: TermTag[];
  references?: Citation[];
  deadlines?: import('../schemas/document.js').Deadline[];
  /** What an editor's corrections changed in the provision, and their notes. */
  editorial?: { parts: Array<import('./corrections.js').CorrectedPart>; notes: string[] };
  /** Tables its own lines hold, written a cell a line: the paragraphs [from, to) each spans (tables.ts). */
  cellTables?: import('./tags/task-rows.js').CellTable[];
  /** Their rows' cells, with the paragraphs each cell stands in. */
  taskCells?: import('./tags/task-rows.js').TaskCells[];
  /** Their rows, each a duty (set by the tasks stage). */
  tasks?: import('../schemas/document.js').TaskRow[];
}

export interface ProvisionNode extends Parent {
  type: 'provision';
  style: ProvisionStyle;
  /** The number as printed ("2", "II", "1.3", "a"; "-" and "+" for bullets). */
  number: string;
  /** Position among siblings, from 1. */
  ordinal: number;
  children: Array<MarkerNode | HeadingNode | ParagraphNode | ProvisionNode>;
  position: Position;
  data: ProvisionData;
}

export interface BodyNode extends Parent {
  type: 'body';
  children: ProvisionNode[];
  position: Position;
}

export type SignatureRole = 'authority' | 'title' | 'name' | 'other';

export interface SignatureLineNode extends Parent {
  type: 'signatureLine';
  role: SignatureRole;
  children: TextNode[];
  position: Position;
}

export interface SignatureNode extends Parent {
  type: 'signature';
  children: SignatureLineNode[];
  position: Position;
}

/** The closing paragraphs: after the last provision, before Nơi nhận ("Trên đây là …"). */
export interface ClosingNode extends Parent {
  type: 'closing';
  children: ParagraphNode[];
  position: Position;
}

/** One footnote: its mark, then its text. */
export interface FootnoteNode extends Parent {
  type: 'footnote';
  /** The mark as printed. */
  mark: string;
  children: Array<MarkerNode | TextNode>;
  position: Position;
  data: {
    /** Where the mark stands in the text. */
    references: Array<{ line: number; column: number; provision: string | null }>;
  };
}

export interface FootnotesNode extends Parent {
  type: 'footnotes';
  children: FootnoteNode[];
  position: Position;
}

/** An appendix (Phụ lục): its title line, the lines naming it, then its text line by line. */
export interface AppendixNode extends Parent {
  type: 'appendix';
  children: Array<HeadingNode | ParagraphNode>;
  position: Position;
  data: {
    /** How many paragraphs before the title are the header an attached document repeats (issuer, motto). */
    headerLines: number;
    /** How many paragraphs after the title name the appendix (its subtitle). */
    subtitleLines: number;
    /** Table rows, where the text shows them as cells (split at wide gaps or "|"). */
    rows: string[][];
    /** For each row, which of the appendix's lines it is (0-based, counted after the title and its naming lines). */
    rowLines: number[];
    /** The rows of its task tables, each a duty (set by the tasks stage). */
    tasks?: TaskRow[];
    /** Its tables written one cell a line, laid out again (set by the tasks stage). */
    cellTables?: CellTable[];
  };
}

/** Text that fits nowhere else (after the signature, say); kept, never dropped. */
export interface TrailerNode extends Parent {
  type: 'trailer';
  children: ParagraphNode[];
  position: Position;
}

export type BlockNode = HeaderNode | ListNode | PreambleNode | BodyNode | ClosingNode | SignatureNode | FootnotesNode | AppendixNode | TrailerNode;

export interface RootNode extends Parent {
  type: 'root';
  children: BlockNode[];
  position?: Position;
  data: {
    /** Lines set aside as page furniture and file notes (page numbers, running headers …), each reported. */
    artefacts: Array<{ kind: Artefact['kind']; line: number; text: string }>;
    /** Two columns shared lines (Nơi nhận beside the signature): their words were regrouped by column. */
    columnsMerged?: boolean;
    /** Footnotes were taken out of the pages they stand on: the tree's order is not the source's there. */
    footnotesMoved?: boolean;
    /** The page of the original each line stood on (index = line number - 1), when the text was read from pages. */
    pages?: number[];
    /** The text was read from a scan by OCR: its words may be misread. */
    ocr?: boolean;
    /** An editor's corrections (corrections.yaml), resolved against the lines. */
    corrections?: import('./corrections.js').Corrections;
    /** The number and date the source prints but the parser could not read (set by the doubts stage). */
    unread?: Array<'number' | 'date'>;
    /** What the parser is unsure of (set by the doubts stage). */
    doubts?: import('../schemas/document.js').Doubt[];
    /** Set by the meta stage. */
    meta?: DocumentMeta;
    provenance?: Record<string, Provenance>;
    /** How citations name this document ("Công văn … của …"). */
    designation?: string;
    /** Where the document was issued: what "Tỉnh ủy", "Sở …", "các cơ quan liên quan" refer to. */
    jurisdiction?: import('./tags/jurisdiction.js').Jurisdiction | null;
    /** The latest date of a document this one cites: it was issued after it. */
    issuedAfter?: { date: string; citation: string; line: number; column: number } | null;
  };
}

/**
 * The text of a node: its words joined by single spaces. Footnote marks are
 * not words and are left out; a text node marked `attached` follows the
 * previous one without a space (the rest of a word a mark was cut from).
 */
export function textOf(node: { children?: unknown[]; value?: unknown }): string {
  // The common case, a paragraph of text nodes, without recursion.
  const children = node.children as Array<{ type?: string; value?: unknown; children?: unknown; data?: { attached?: boolean } }> | undefined;
  if (children?.every((c) => c.type === 'text' && c.children === undefined && !c.data?.attached)) {
    const joined = children.map((c) => c.value as string).join(' ');
    return /\s\s|^\s|\s$|[\t\n\r\f\v\u00a0]/.test(joined) ? joined.replace(/\s+/g, ' ').trim() : joined;
  }
  let out = '';
  visitParents(node as Node, (n: Node & { value?: unknown; data?: { attached?: boolean } }) => {
    if (n.type === 'footnoteReference') return SKIP;
    if (typeof n.value === 'string') out += (out && !n.data?.attached ? ' ' : '') + n.value;
    return CONTINUE;
  });
  return out.replace(/\s+/g, ' ').trim();
}
