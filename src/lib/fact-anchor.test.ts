import { describe, expect, it } from 'vitest';
import { factAnchor } from './fact-anchor.ts';

describe('factAnchor', () => {
  it('numbers a fact ID shown twice on one page, and starts afresh on another', () => {
    const page = {};
    expect(factAnchor(page, 'IND-E7-9')).toBe('fact-ind-e7-9');
    expect(factAnchor(page, 'IND-E7-9')).toBe('fact-ind-e7-9-2');
    expect(factAnchor({}, 'IND-E7-9')).toBe('fact-ind-e7-9');
  });
});
