/** Every file of a folder, as paths relative to it ("/"-separated), sorted. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function files(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return out.sort();
}
