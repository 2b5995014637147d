import { describe, expect, it } from 'vitest';
import * as parser from '../src/parser/index.js';

describe('the parser module', () => {
  it('exposes exactly its public API', () => {
    expect(Object.keys(parser).sort()).toEqual(['compileVocabulary', 'createProcessor', 'parseDirective', 'roundTrip', 'toText']);
  });
});
