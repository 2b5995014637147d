/** Score every `<name>/source.txt` of a folder against its `<name>/gold.json`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Gold } from '../../src/accuracy/gold.js';
import type { ScoredDocument } from '../../src/accuracy/report.js';
import { scoreSource } from '../../src/accuracy/view.js';
import { projectContent } from './content.js';

export function scoreFolder(folder: string): ScoredDocument[] {
  const { vocabulary } = projectContent();
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'gold.json')) && existsSync(join(folder, name, 'source.txt')))
    .sort()
    .map((name) => {
      const gold = Gold.parse(JSON.parse(readFileSync(join(folder, name, 'gold.json'), 'utf8')));
      const bytes = new Uint8Array(readFileSync(join(folder, name, 'source.txt')));
      return { name, form: gold.form ?? '?', score: scoreSource(gold, bytes, `${name}/source.txt`, vocabulary) };
    });
}
