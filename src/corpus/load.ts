/**
 * Loading the content folder: taxonomy, references and directives, each
 * validated by its schema. File reading is injected (`read`, `list`), so this
 * module stays free of I/O and tests can run it on fixtures in memory.
 */
import { z } from 'zod';
import { DirectiveMetaFile } from '../schemas/meta.js';
import { Reference } from '../schemas/reference.js';
import { SiteConfig } from '../schemas/site.js';
import { Abbreviation, Area, Beneficiary, Body, Field, type Taxonomy } from '../schemas/taxonomy.js';
import { SOURCE_FILES, type SourceFormat } from '../extract/formats.js';
import type { Extraction } from '../extract/index.js';
import { type ContentProblem, validateYaml } from './validate-yaml.js';
import { readCorrections } from './corrections.js';
import type { LoadedCorrections } from '../schemas/corrections.js';

/** What the loader needs from the outside world. */
export interface ContentSource {
  /** The text of a file (path relative to the content root), or null when it does not exist. */
  readText(path: string): string | null;
  /** The bytes of a file, or null when it does not exist. */
  readBytes(path: string): Uint8Array | null;
  /** Entries of a folder, sorted; an empty list when it does not exist. */
  list(path: string): string[];
}

export interface DirectiveSource {
  slug: string;
  /** The source file, relative to the content folder ("directives/<slug>/source.pdf"). */
  sourcePath: string;
  /** Its name: "source.txt", "source.pdf" or "source.docx". */
  sourceFile: string;
  format: SourceFormat;
  bytes: Uint8Array;
  meta: DirectiveMetaFile | null;
  /** The editor's corrections of the parser's reading (corrections.yaml), validated. */
  corrections: LoadedCorrections | null;
  /** A PDF's or Word file's text and hints, once read (corpus/extract.ts). */
  extraction?: Extraction;
}

export interface LoadedContent {
  taxonomy: Taxonomy;
  references: Reference[];
  directives: DirectiveSource[];
  /** Who publishes the site (content/site.yaml). */
  site: SiteConfig;
}

const TAXONOMY_FILES = {
  areas: ['taxonomy/areas.yaml', z.array(Area)],
  beneficiaries: ['taxonomy/beneficiaries.yaml', z.array(Beneficiary)],
  bodies: ['taxonomy/bodies.yaml', z.array(Body)],
  abbreviations: ['taxonomy/abbreviations.yaml', z.array(Abbreviation)],
} as const;

function duplicates(ids: Array<{ id: string; path: string }>, what: string): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { id, path } of ids) {
    if (seen.has(id)) problems.push({ path, line: 1, column: 1, message: `${what} id "${id}" is used twice; ids must be unique` });
    seen.add(id);
  }
  return problems;
}

/** Load and validate all content. Problems come back as data; nothing throws. */
export function loadContent(source: ContentSource): { ok: true; content: LoadedContent } | { ok: false; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const taxonomy: Partial<Taxonomy> = {};
  // Fields of whole documents: optional, none when the content has no fields.yaml.
  const fieldsText = source.readText('taxonomy/fields.yaml');
  if (fieldsText === null) (taxonomy as Record<string, unknown>)['fields'] = [];
  else {
    const result = validateYaml(z.array(Field), fieldsText, 'taxonomy/fields.yaml');
    if (result.ok) (taxonomy as Record<string, unknown>)['fields'] = result.data;
    else problems.push(...result.problems);
  }
  for (const [key, [path, schema]] of Object.entries(TAXONOMY_FILES)) {
    const text = source.readText(path);
    if (text === null) {
      problems.push({ path, line: 1, column: 1, message: 'file is missing' });
      continue;
    }
    const result = validateYaml(schema as z.ZodType, text, path);
    if (result.ok) (taxonomy as Record<string, unknown>)[key] = result.data;
    else problems.push(...result.problems);
  }

  let site: SiteConfig | null = null;
  const siteText = source.readText('site.yaml');
  if (siteText === null) problems.push({ path: 'site.yaml', line: 1, column: 1, message: 'file is missing: it names the site, its publisher and its address' });
  else {
    const result = validateYaml(SiteConfig, siteText, 'site.yaml');
    if (result.ok) site = result.data;
    else problems.push(...result.problems);
  }

  const references: Reference[] = [];
  for (const name of source.list('references').filter((entry) => entry.endsWith('.yaml'))) {
    const path = `references/${name}`;
    const result = validateYaml(Reference, source.readText(path) ?? '', path);
    if (result.ok) {
      if (`${result.data.id}.yaml` !== name) problems.push({ path, line: 1, column: 1, message: `id "${result.data.id}" must match the file name (${name})` });
      references.push(result.data);
    } else problems.push(...result.problems);
  }
  problems.push(...duplicates(references.map((r) => ({ id: r.id, path: `references/${r.id}.yaml` })), 'reference'));

  const directives: DirectiveSource[] = [];
  for (const slug of source.list('directives')) {
    const folder = `directives/${slug}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({ path: folder, line: 1, column: 1, message: 'folder name must be a slug: lower-case ASCII letters, digits and hyphens' });
      continue;
    }
    const entries = source.list(folder);
    const sources = entries.filter((name) => name in SOURCE_FILES);
    if (entries.includes('source.doc')) {
      problems.push({ path: `${folder}/source.doc`, line: 1, column: 1, message: 'is an old Word file (.doc), which cannot be read: open it in Word or LibreOffice and save it as source.docx' });
      continue;
    }
    if (sources.length > 1) {
      problems.push({ path: folder, line: 1, column: 1, message: `holds ${sources.join(' and ')}: a directive has exactly one source; keep the one editors hold (the original PDF or Word file, else the text) and remove the other` });
      continue;
    }
    if (sources.length === 0) {
      problems.push({ path: `${folder}/source.txt`, line: 1, column: 1, message: 'every directive folder needs its source: source.txt (the text), source.pdf or source.docx (the original)' });
      continue;
    }
    const sourceFile = sources[0]!;
    const sourcePath = `${folder}/${sourceFile}`;
    const bytes = source.readBytes(sourcePath);
    if (!bytes) {
      problems.push({ path: sourcePath, line: 1, column: 1, message: 'cannot be read (is it a folder?)' });
      continue;
    }
    const metaText = source.readText(`${folder}/meta.yaml`);
    let meta: DirectiveMetaFile | null = null;
    if (metaText !== null) {
      const result = validateYaml(DirectiveMetaFile, metaText, `${folder}/meta.yaml`);
      if (result.ok) meta = result.data;
      else problems.push(...result.problems);
    }
    const correctionsText = source.readText(`${folder}/corrections.yaml`);
    let corrections: LoadedCorrections | null = null;
    if (correctionsText !== null) {
      const result = readCorrections(correctionsText, `${folder}/corrections.yaml`);
      if (result.ok) corrections = result.corrections;
      else problems.push(...result.problems);
    }
    directives.push({ slug, sourcePath, sourceFile, format: SOURCE_FILES[sourceFile]!, bytes, meta, corrections });
  }

  if (taxonomy.areas) {
    const parts = new Set(references.flatMap((r) => r.parts.map((p) => p.id)));
    for (const area of taxonomy.areas) {
      if (area.group && !parts.has(area.group)) {
        problems.push({ path: 'taxonomy/areas.yaml', line: 1, column: 1, message: `area "${area.id}" names group "${area.group}", which no reference defines in its parts` });
      }
    }
    problems.push(...duplicates(taxonomy.areas.map((a) => ({ id: a.id, path: 'taxonomy/areas.yaml' })), 'area'));
  }
  if (taxonomy.bodies) problems.push(...duplicates(taxonomy.bodies.map((b) => ({ id: b.id, path: 'taxonomy/bodies.yaml' })), 'body'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, content: { taxonomy: taxonomy as Taxonomy, references, directives, site: site! } };
}
