/**
 * The field (Lĩnh vực) of a whole document, from its words: each field's
 * terms (content/taxonomy/fields.yaml) counted where they stand — in the
 * subject ten times, in the issuer's name three, in the preamble and the
 * titles twice, in the text once (each term once a paragraph: a word a
 * guide repeats in every sample is not its subject) — and the field they point to most, only
 * where they point clearly (a score of at least 4, half as much again as
 * the next), or the one field its subject names. An editor's meta.yaml
 * `field` wins. Linear in the text.
 */
import type { DirectiveDocument, Provision } from '../../schemas/document.js';
import type { Field } from '../../schemas/taxonomy.js';
import type { Vocabulary } from '../vocabulary.js';
import { fold } from '../../text/fold.js';

export interface DocumentField {
  id: string;
  label: string;
  /** `text`: read from the document's words; `metadata`: set by an editor. */
  from: 'text' | 'metadata';
  /** The words that pointed to it most, as printed (at most five). */
  words: string[];
}

function provisionsOf(list: Provision[]): Provision[] {
  return list.flatMap((p) => [p, ...provisionsOf(p.children)]);
}

export function documentField(document: DirectiveDocument, vocabulary: Vocabulary, chosen: string | null): DocumentField | null {
  const fields = vocabulary.taxonomy.fields ?? [];
  if (chosen) {
    const field = fields.find((f) => f.id === chosen);
    return field ? { id: field.id, label: field.label, from: 'metadata', words: [] } : null;
  }
  const score = new Map<string, { field: Field; points: number; words: Map<string, number> }>();
  const count = (raw: string | null, weight: number) => {
    if (!raw) return;
    const text = raw.normalize('NFC');
    const seen = new Set<string>();
    // Longest first at each place, and no word counted twice ("phòng cháy" inside "phòng cháy chữa cháy").
    let reached = 0;
    const matches = vocabulary.fields.match(text).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const match of matches) {
      if (match.start < reached) continue;
      reached = match.end;
      const term = `${match.value.id} ${text.slice(match.start, match.end).toLowerCase()}`;
      if (seen.has(term)) continue;
      seen.add(term);
      const entry = score.get(match.value.id) ?? { field: match.value, points: 0, words: new Map<string, number>() };
      entry.points += weight;
      const printed = text.slice(match.start, match.end);
      entry.words.set(printed, (entry.words.get(printed) ?? 0) + weight);
      score.set(match.value.id, entry);
    }
  };
  count(document.meta.subject, 10);
  count(document.meta.issuer, 3);
  for (const p of document.preamble) count(p.text, 2);
  for (const p of provisionsOf(document.provisions)) {
    count(p.heading, 2);
    count(p.text, 1);
  }
  if (score.size === 0) return looseSubject(document, fields);
  const ranked = [...score.values()].sort((a, b) => b.points - a.points || a.field.id.localeCompare(b.field.id));
  // A subject that names one field says what the document is about; otherwise the words must point clearly.
  const inSubject = new Set(vocabulary.fields.match((document.meta.subject ?? '').normalize('NFC')).map((m) => m.value.id));
  const [top, next] = inSubject.size === 1 ? [score.get([...inSubject][0]!)!, undefined] : ranked;
  if (!top || top.points < 4 || (next && top.points < 1.5 * next.points)) return looseSubject(document, fields);
  const words = [...top.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w]) => w);
  return { id: top.field.id, label: top.field.label, from: 'text', words };
}

/**
 * Where the words name no field clearly, the subject alone, compared with
 * every mark folded away (an OCR reading that misread a tone, "tiên bộ" for
 * "tiến bộ"): the one field whose terms it holds as whole words, if exactly
 * one. The subject is a line: the look is short.
 */
function looseSubject(document: DirectiveDocument, fields: Field[]): DocumentField | null {
  const subject = ` ${fold(document.meta.subject ?? '').replace(/[^a-z0-9]+/g, ' ')} `;
  if (subject.trim() === '') return null;
  const hits = fields
    .map((field) => ({ field, words: field.terms.filter((term) => subject.includes(` ${fold(term).replace(/[^a-z0-9]+/g, ' ').trim()} `)) }))
    .filter((hit) => hit.words.length > 0);
  if (hits.length !== 1) return null;
  const [hit] = hits;
  // The subject's own words cannot be cut out of the folded line: none are quoted.
  return { id: hit!.field.id, label: hit!.field.label, from: 'text', words: [] };
}
