import type { Position } from 'unist';
import { sourceColumn, type SourceLine } from './input/normalise.js';
import type { TextNode } from './nodes.js';

/** The source position of characters [start, end) of a normalised line. */
export function positionIn(line: SourceLine, start: number, end: number): Position {
  const startColumn = sourceColumn(line, start);
  const endColumn = sourceColumn(line, end);
  return {
    start: { line: line.number, column: startColumn, offset: line.offset + startColumn - 1 },
    end: { line: line.number, column: endColumn, offset: line.offset + endColumn - 1 },
  };
}

/** The position spanning a list of positioned nodes. */
export function spanOf(nodes: Array<{ position?: Position | undefined }>): Position {
  const positions = nodes.map((node) => node.position).filter((p): p is Position => p !== undefined);
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (!first || !last) return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return { start: first.start, end: last.end };
}

/** A text node for characters [start, end) of a normalised line. */
export function textAt(line: SourceLine, start: number, end: number): TextNode {
  const node: TextNode = { type: 'text', value: line.text.slice(start, end), position: positionIn(line, start, end) };
  // Where normalisation changed the line (NFD input, tabs), keep the column of
  // every character so evidence inside the node points at the source exactly.
  if (line.columns) node.data = { columns: line.columns.slice(start, end + 1) };
  const tabs = line.tabs?.filter((at) => at > start && at < end).map((at) => at - start);
  const before = line.tabs?.filter((at) => at <= start).length ?? 0;
  if (tabs?.length) node.data = { ...node.data, tabs, ...(before > 0 ? { tabsBefore: before } : {}) };
  return node;
}

/** The source point of character `index` of a text node. */
export function pointInText(node: TextNode, index: number): { line: number; column: number } {
  const columns = node.data?.columns;
  const column = columns ? (columns[Math.min(index, columns.length - 1)] ?? node.position.start.column + index) : node.position.start.column + index;
  return { line: node.position.start.line, column };
}

/**
 * A text node cut in two at `index` of its value: [0, index) and
 * [from, end), where `from` ≥ index skips what lies between (spaces).
 * Positions and columns follow the source.
 */
export function splitText(node: TextNode, index: number, from: number = index): [TextNode, TextNode] {
  const point = (i: number) => {
    const p = pointInText(node, i);
    return { line: p.line, column: p.column, offset: (node.position.start.offset ?? 0) + (p.column - node.position.start.column) };
  };
  const columns = node.data?.columns;
  const left: TextNode = { type: 'text', value: node.value.slice(0, index), position: { start: node.position.start, end: point(index) }, ...(columns ? { data: { columns: columns.slice(0, index + 1) } } : {}) };
  const right: TextNode = {
    type: 'text',
    value: node.value.slice(from),
    position: { start: point(from), end: node.position.end },
    ...(columns ? { data: { columns: columns.slice(from) } } : {}),
  };
  return [left, right];
}
