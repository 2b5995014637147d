import { describe, expect, it } from 'vitest';
import { pairQuery, pairTokens, searchPlan } from '../../src/search/pairs.js';

describe('word pairs', () => {
  it('join each two adjacent words of a line once, folded as a reader types them, never across lines', () => {
    expect(pairTokens('Bảo hiểm y tế, bảo hiểm\nxã hội')).toEqual(['zqbaohiem', 'zqhiemy', 'zqyte', 'zqtebao', 'zqxahoi']);
  });

  it('ask for as few pairs as cover every word of the query', () => {
    expect(pairQuery('giam ngheo da chieu')).toBe('zqgiamngheo zqdachieu');
    expect(pairQuery('người có công')).toBe('zqnguoico zqcocong');
    expect(pairQuery('Đảng ủy')).toBe('zqdanguy');
    expect(pairQuery('BHYT')).toBeNull();
  });

  it('ask for the pairs first and the words alone only after them, a single word as it is', () => {
    expect(searchPlan(['bảo hiểm y tế', 'BHYT'])).toEqual({ first: ['zqbaohiem zqyte', 'BHYT'], fallback: ['bảo hiểm y tế'] });
  });
});
