/** How a mark is shown on a page (src/site/text.ts). */
import { describe, expect, it } from 'vitest';
import { shownMarker } from '../../src/site/text.js';

describe('a mark on the page', () => {
  it('shows the Symbol font’s bullet, which no reader’s font draws, as "•"', () => {
    expect(shownMarker('\uF0B7')).toBe('•');
    expect(shownMarker('\uF0A7')).toBe('•');
  });

  it('shows every other mark as printed', () => {
    for (const mark of ['1.', 'a)', '-', '+', '❖', '(12)', 'Điều 3.']) expect(shownMarker(mark)).toBe(mark);
  });
});
