/**
 * Directives added at build time from folders outside content/ — a
 * province's archive, the development set of real documents — without
 * copying them into the project. Each subfolder of an added folder is one
 * directive, named by its folder; it holds its original (`original.pdf`,
 * `original.docx`, or `source.pdf` / `source.docx`) and/or its text
 * (`source.txt`), and optionally a `meta.yaml` and a `corrections.yaml`. Where a folder holds both
 * an original and a text, the original is read: it is what the text was
 * taken from, and it carries the layout and pages. Everything else in the
 * folder (notes, gold standards) is ignored.
 *
 * The result is one ContentSource in which the added directives sit beside
 * content/'s under `directives/`, so the loader, the extractor and the
 * parser treat them alike; `where` turns a path back into the file's own.
 */
import type { ContentSource } from './load.js';
import type { ContentProblem } from './validate-yaml.js';

/** One added folder: its name as given (for messages) and its files. */
export interface AddedFolder {
  name: string;
  files: ContentSource;
}

/** File names of an added directive, by the name the loader knows them by; the first present wins. */
const ALIASES: Array<[string, string]> = [
  ['source.pdf', 'original.pdf'],
  ['source.pdf', 'source.pdf'],
  ['source.docx', 'original.docx'],
  ['source.docx', 'source.docx'],
  ['source.txt', 'source.txt'],
];

interface Added {
  folder: AddedFolder;
  /** The directive's folder in the added folder. */
  name: string;
  /** Loader name → the file's own name. */
  files: Map<string, string>;
}

/** A content source with the directives of `folders` added, and where each path really is. */
export function withAddedDirectives(
  base: ContentSource,
  folders: AddedFolder[],
  baseName = 'content',
): { source: ContentSource; where: (path: string) => string; problems: ContentProblem[]; added: number } {
  const problems: ContentProblem[] = [];
  const own = new Set(base.list('directives'));
  const added = new Map<string, Added>();
  for (const folder of folders) {
    for (const name of folder.files.list('')) {
      const entries = new Set(folder.files.list(name));
      if (entries.size === 0) continue;
      const files = new Map<string, string>();
      // The original when there is one; the text only when there is nothing else.
      const original = ALIASES.find(([, file]) => file !== 'source.txt' && entries.has(file));
      if (original) files.set(original[0], original[1]);
      else if (entries.has('source.txt')) files.set('source.txt', 'source.txt');
      for (const editorial of ['meta.yaml', 'corrections.yaml']) if (entries.has(editorial)) files.set(editorial, editorial);
      if (![...files.keys()].some((file) => file.startsWith('source.'))) {
        problems.push({ path: `${folder.name}/${name}`, line: 1, column: 1, message: 'holds no directive: expected original.pdf, original.docx or source.txt' });
        continue;
      }
      if (own.has(name) || added.has(name)) {
        const other = added.get(name);
        problems.push({
          path: `${folder.name}/${name}`,
          line: 1,
          column: 1,
          message: `has the same name as ${other ? `${other.folder.name}/${name}` : `${baseName}/directives/${name}`}: every directive needs its own folder name`,
        });
        continue;
      }
      added.set(name, { folder, name, files });
    }
  }

  const split = (path: string): { entry: Added; file: string | null } | null => {
    const match = /^directives\/([^/]+)(?:\/(.+))?$/.exec(path);
    const entry = match ? added.get(match[1]!) : undefined;
    return entry ? { entry, file: match![2] ?? null } : null;
  };
  const source: ContentSource = {
    readText(path) {
      const found = split(path);
      if (!found) return base.readText(path);
      const own = found.file ? found.entry.files.get(found.file) : undefined;
      return own ? found.entry.folder.files.readText(`${found.entry.name}/${own}`) : null;
    },
    readBytes(path) {
      const found = split(path);
      if (!found) return base.readBytes(path);
      const own = found.file ? found.entry.files.get(found.file) : undefined;
      return own ? found.entry.folder.files.readBytes(`${found.entry.name}/${own}`) : null;
    },
    list(path) {
      if (path === 'directives') return [...own, ...added.keys()].sort();
      const found = split(path);
      if (!found) return base.list(path);
      return found.file ? [] : [...found.entry.files.keys()].sort();
    },
  };
  const where = (path: string): string => {
    const found = split(path);
    if (!found) return `${baseName}/${path}`;
    const own = found.file ? (found.entry.files.get(found.file) ?? found.file) : null;
    return `${found.entry.folder.name}/${found.entry.name}${own ? `/${own}` : ''}`;
  };
  return { source, where, problems, added: added.size };
}
