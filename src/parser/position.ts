import type { Position } from 'unist';
import { sourceColumn, type SourceLine } from './normalise.js';

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
