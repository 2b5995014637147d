/**
 * The one file walk of the project: every file of a folder, as paths
 * relative to it ("/"-separated), sorted, read folder by folder, never
 * following a symbolic link. Links are listed apart, for the caller to refuse or
 * report: a link can point out of the folder (to /etc, to a whole disk), and
 * package, verify and the build's steps over dist/ must read only the folder.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Walk {
  /** Regular files, sorted. */
  files: string[];
  /** Symbolic links (to files or folders), sorted; never followed. */
  links: string[];
}

/** Order by code point, as `sort` without a comparator but explicit: the order of SHA256SUMS and of the zip. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function walk(folder: string): Walk {
  const files: string[] = [];
  const links: string[] = [];
  // Folder by folder, from the entries' own types (Node's recursive readdir
  // descends into links to folders, so it is not used).
  const pending = [''];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of readdirSync(join(folder, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return { files: files.sort(byCodePoint), links: links.sort(byCodePoint) };
}

/** The files of a folder; throws, naming them, if it holds symbolic links. */
export function filesOf(folder: string, what = folder): string[] {
  const { files, links } = walk(folder);
  if (links.length > 0) {
    throw new Error(`${what} có ${links.length} liên kết tượng trưng (${links.slice(0, 3).join(', ')}${links.length > 3 ? ', …' : ''}): bản sao phải chứa chính các tệp, không theo liên kết ra ngoài`);
  }
  return files;
}
