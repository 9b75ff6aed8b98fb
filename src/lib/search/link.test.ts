import { describe, expect, it } from 'vitest';
import { MARK } from './format.ts';
import { sectionAnchor, textDirective } from './link.ts';

const anchors = [
  { element: 'h1', id: 'top', location: 0 },
  { element: 'h2', id: 'yuanwen', location: 10 },
  { element: 'li', id: 'fact-1', location: 30 },
  { element: 'h2', id: 'jiedu', location: 40 },
];

describe('sectionAnchor', () => {
  it('picks the last h2–h6 at or before the position', () => {
    expect(sectionAnchor(anchors, 5)).toBeUndefined();
    expect(sectionAnchor(anchors, 10)).toBe('yuanwen');
    expect(sectionAnchor(anchors, 35)).toBe('yuanwen');
    expect(sectionAnchor(anchors, 99)).toBe('jiedu');
  });
});

describe('text directives', () => {
  it('widens a mid-word match to whole words within its block, without a prefix', () => {
    const body = `标题${MARK}这个数据的可信度很高`;
    const start = body.indexOf('信度');
    const d = decodeURIComponent(textDirective(body, { start, end: start + 2 }));
    expect(d).toMatch(/信度/);
    expect(d.length).toBeGreaterThan(2);
    expect(d).not.toMatch(/标题|-,/);
  });
  it('gives just the text when the match opens the block', () => {
    const body = 'C919 大飞机';
    expect(textDirective(body, { start: 0, end: 4 })).toBe('C919');
  });
  it('encodes the characters a directive reserves', () => {
    const text = 'a-b,c&d 储能';
    expect(textDirective(text, { start: 0, end: text.length })).toBe(
      'a%2Db%2Cc%26d%20%E5%82%A8%E8%83%BD',
    );
  });
});
