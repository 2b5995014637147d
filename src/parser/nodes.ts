/**
 * The directive tree: unist nodes with positions. Every word of the source
 * (page artefacts excepted) is in exactly one literal node (`text`, `marker`
 * or `label`), in source order; structure lives in the parents.
 */
import type { Literal, Parent, Position } from 'unist';
import type { AreaTag, BodyTag, Citation, DocumentMeta, Provenance, TermTag } from '../schemas/document.js';

/** Words of one source line (or a cell of one line). */
export interface TextNode extends Literal {
  type: 'text';
  value: string;
  position: Position;
  /** Source column of each character, where normalisation changed the line. */
  data?: { columns?: number[] };
}

/** A numbering mark as printed: "2.", "a)", "-", "+". */
export interface MarkerNode extends Literal {
  type: 'marker';
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
  children: TextNode[];
  position: Position;
  data?: { leadIn?: boolean; references?: Citation[] };
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

export type ProvisionStyle = 'upper' | 'roman' | 'arabic' | 'decimal' | 'lower' | 'dash' | 'plus';

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

/** Text that fits nowhere else (after the signature, say); kept, never dropped. */
export interface TrailerNode extends Parent {
  type: 'trailer';
  children: ParagraphNode[];
  position: Position;
}

export type BlockNode = HeaderNode | ListNode | PreambleNode | BodyNode | SignatureNode | TrailerNode;

export interface RootNode extends Parent {
  type: 'root';
  children: BlockNode[];
  position?: Position;
  data: {
    /** Lines dropped as page artefacts (page numbers). */
    artefacts: Array<{ line: number; text: string }>;
    /** Two columns shared lines (Nơi nhận beside the signature): their words were regrouped by column. */
    columnsMerged?: boolean;
    /** Set by the meta stage. */
    meta?: DocumentMeta;
    provenance?: Record<string, Provenance>;
    /** How citations name this document ("Công văn … của …"). */
    designation?: string;
    /** The latest date of a document this one cites: it was issued after it. */
    issuedAfter?: { date: string; citation: string; line: number; column: number } | null;
  };
}

/** The text of a node: its literal descendants joined by single spaces. */
export function textOf(node: { children?: unknown[]; value?: unknown }): string {
  // The common case, a paragraph of text nodes, without recursion.
  const children = node.children as Array<{ value?: unknown; children?: unknown }> | undefined;
  if (children && children.every((c) => typeof c.value === 'string' && c.children === undefined)) {
    const joined = children.map((c) => c.value as string).join(' ');
    return /\s\s|^\s|\s$|[\t\n\r\f\v\u00a0]/.test(joined) ? joined.replace(/\s+/g, ' ').trim() : joined;
  }
  const parts: string[] = [];
  const walk = (n: { children?: unknown[]; value?: unknown }) => {
    if (typeof n.value === 'string') parts.push(n.value);
    if (Array.isArray(n.children)) for (const child of n.children) walk(child as typeof n);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
