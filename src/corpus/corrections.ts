/**
 * Reading a directive's corrections.yaml: validated by its schema, with the
 * line and column of every correction kept for the messages that refuse one.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { CorrectionsFile, type LoadedCorrections } from '../schemas/corrections.js';
import { type ContentProblem, validateYaml } from './validate-yaml.js';

export function readCorrections(text: string, path: string): { ok: true; corrections: LoadedCorrections } | { ok: false; problems: ContentProblem[] } {
  const result = validateYaml(CorrectionsFile, text, path);
  if (!result.ok) return result;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const list = isMap(document.contents) ? document.contents.get('corrections', true) : null;
  const at = result.data.corrections.map((_, i) => {
    const node = isSeq(list) ? list.items[i] : null;
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const point = lineCounter.linePos(offset);
    return { line: point.line, column: point.col };
  });
  return { ok: true, corrections: { path, file: result.data, at } };
}

/** What a corrections file costs an editor: its lines that say something (not blank, not a comment). */
export function correctionLines(text: string): number {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trim().startsWith('#')).length;
}
