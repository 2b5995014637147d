/**
 * The vocabulary the transform stages match against, compiled once from the
 * taxonomy and the registry of cited documents (both validated content).
 */
import type { Reference, ReferencePart } from '../schemas/reference.js';
import type { Body, Field, Taxonomy } from '../schemas/taxonomy.js';
import { MultiMatcher } from '../text/multi-matcher.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';

/** The kinds of phrase the shared matcher knows (see `Vocabulary.matcher`). */
export const KIND = { body: 0, area: 1, beneficiary: 2, reference: 3 } as const;

export interface Vocabulary {
  /** Bodies, areas, beneficiary groups and reference names in one trie: one walk per text. */
  matcher: MultiMatcher;
  taxonomy: Taxonomy;
  references: Reference[];
  /** Known bodies alone (for texts that are not runs, such as list entries). */
  bodies: PhraseMatcher<Body>;
  /** The words of the fields of whole documents (fields.yaml). */
  fields: PhraseMatcher<Field>;
  bodyById: Map<string, Body>;
  /** Registry entries by normalised number ("15-NQ/TW"). */
  referenceByNumber: Map<string, Reference>;
  /** Nghị quyết 15-style parts by id, with their document. */
  parts: Map<string, { reference: Reference; part: ReferencePart }>;
}

/** Normalise a document number for lookup: upper case, no spaces. */
export function numberKey(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/** A citation form that is a number ("15-NQ/TW", "Nghị quyết số 15-NQ/TW") rather than a name. */
export function isNumberForm(form: string): boolean {
  return /\d+\s*[-/]\s*\p{Lu}/u.test(form);
}

export function compileVocabulary(taxonomy: Taxonomy, references: Reference[]): Vocabulary {
  const bodies = new PhraseMatcher<Body>();
  for (const body of taxonomy.bodies) for (const name of [body.name, ...body.aliases]) bodies.add(name, body);
  for (const abbreviation of taxonomy.abbreviations) {
    const body = abbreviation.body ? taxonomy.bodies.find((b) => b.id === abbreviation.body) : undefined;
    if (body) bodies.add(abbreviation.abbr, body);
  }
  const matcher = new MultiMatcher(4);
  for (const area of taxonomy.areas) for (const term of area.terms) matcher.add(KIND.area, term, area);
  for (const group of taxonomy.beneficiaries) for (const term of group.terms) matcher.add(KIND.beneficiary, term, group);
  for (const body of taxonomy.bodies) for (const name of [body.name, ...body.aliases]) matcher.add(KIND.body, name, body);
  for (const abbreviation of taxonomy.abbreviations) {
    const body = abbreviation.body ? taxonomy.bodies.find((b) => b.id === abbreviation.body) : undefined;
    if (body) matcher.add(KIND.body, abbreviation.abbr, body);
  }
  const referenceByNumber = new Map<string, Reference>();
  const parts = new Map<string, { reference: Reference; part: ReferencePart }>();
  for (const reference of references) {
    referenceByNumber.set(numberKey(reference.number), reference);
    for (const form of [reference.shortName, ...reference.citedAs]) {
      if (isNumberForm(form)) continue;
      matcher.add(KIND.reference, form, reference);
    }
    for (const part of reference.parts) parts.set(part.id, { reference, part });
  }
  const fields = new PhraseMatcher<Field>();
  for (const field of taxonomy.fields ?? []) for (const term of field.terms) fields.add(term, field);
  return {
    matcher,
    taxonomy,
    references,
    bodies,
    fields,
    bodyById: new Map(taxonomy.bodies.map((body) => [body.id, body])),
    referenceByNumber,
    parts,
  };
}
