/**
 * The search's "Thời hạn" filter: months in order of time, "overdue" first
 * where a month has passed, and "overdue" standing for every month before
 * the reader's own.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, expandOverdue, FILTERS, monthOf, monthValue, OVERDUE } from '../../src/search/parts.js';

describe('the deadline filter', () => {
  it('names a month as a reader reads it, and reads it back', () => {
    expect(monthValue('2026-03-20')).toBe('Tháng 3/2026');
    expect(monthOf('Tháng 3/2026')).toBe('2026-03');
    expect(monthOf('Định kỳ')).toBeNull();
  });

  it('offers the months in order of time after "overdue", then the kinds with no day', () => {
    expect(deadlineValues(['Thường xuyên', 'Tháng 11/2026', 'Định kỳ', 'Tháng 3/2026', 'Tháng 12/2025'], [], '2026-04')).toEqual([
      OVERDUE,
      'Tháng 12/2025',
      'Tháng 3/2026',
      'Tháng 11/2026',
      'Định kỳ',
      'Thường xuyên',
    ]);
    expect(deadlineValues(['Tháng 11/2026'], [], '2026-04')).toEqual(['Tháng 11/2026']);
  });

  it('searches "overdue" as every month before this one, and as nothing when none has passed', () => {
    const known = ['Tháng 12/2025', 'Tháng 3/2026', 'Tháng 4/2026', 'Định kỳ'];
    expect(expandOverdue({ [FILTERS.deadline]: [OVERDUE] }, known, '2026-04')).toEqual({ [FILTERS.deadline]: ['Tháng 12/2025', 'Tháng 3/2026'] });
    expect(expandOverdue({ [FILTERS.deadline]: [OVERDUE] }, ['Tháng 5/2026'], '2026-04')).toEqual({ [FILTERS.deadline]: [OVERDUE] });
    const other = { [FILTERS.body]: ['Sở Nội vụ'] };
    expect(expandOverdue(other, known, '2026-04')).toBe(other);
  });
});
