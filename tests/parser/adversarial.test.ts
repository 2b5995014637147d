/**
 * Inputs shaped to make a careless parser grow faster than its input
 * (harness/adversarial.ts): 1 MB of each must parse. The guard is a
 * generous hang guard, not a timing assertion — timings are measured by
 * `npm run bench:adversarial`, as growth ratios.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../harness/adversarial.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();

describe('adversarial inputs', () => {
  for (const shape of SHAPES) {
    it(`parses 1 MB of ${shape.name} (${shape.why})`, () => {
      const text = shape.make(1_000_000);
      const { document, file } = parseDirective({ source: new TextEncoder().encode(text), path: `${shape.name}.txt`, vocabulary });
      expect(document).not.toBeNull();
      expect(file.messages.some((m) => m.fatal)).toBe(false);
    }, 120_000);
  }

  it('keeps numbering deeper than the tree allows as text, and says so', () => {
    const { document, file } = parseDirective({ source: SHAPES.find((s) => s.name === 'deep-numbering')!.make(20_000), path: 'deep.txt', vocabulary });
    let depth = 0;
    const walk = (ps: NonNullable<typeof document>['provisions'], d: number) => {
      for (const p of ps) {
        depth = Math.max(depth, d);
        walk(p.children, d + 1);
      }
    };
    walk(document!.provisions, 1);
    expect(depth).toBeLessThanOrEqual(10);
    expect(file.messages.map((m) => m.ruleId)).toContain('numbering-too-deep');
  });
});
