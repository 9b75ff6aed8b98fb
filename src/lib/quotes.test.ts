import { describe, expect, it } from 'vitest';
import { comparable, missingParts, quotesInBody, quotesInData } from './quotes.ts';

describe('missingParts', () => {
  const source = comparable(
    '《行动方案》提出深入实施“876”创新引领工程，\n明确了新兴产业8个、未来产业7个。',
  );
  it("finds a verbatim quotation across the source's line breaks and spacing", () => {
    expect(missingParts('提出深入实施“876”创新引领工程，明确了新兴产业 8 个', [source])).toEqual(
      [],
    );
  });
  it('treats full-width digits as the digits they are', () => {
    expect(missingParts('新兴产业８个', [source])).toEqual([]);
  });
  it('reports each part that the sources do not contain, word for word', () => {
    expect(missingParts('提出深入实施“876”工程……未来产业7个', [source])).toEqual([
      '提出深入实施“876”工程',
    ]);
    expect(missingParts('明确了新兴产业九个', [source])).toEqual(['明确了新兴产业九个']);
  });
  it('checks only the parts between omission marks', () => {
    expect(missingParts('以创新引领……等8条……', [])).toEqual(['以创新引领', '等8条']);
    expect(missingParts('……未来产业7个', [source])).toEqual([]);
  });
  it('finds nothing when there are no source texts', () => {
    expect(missingParts('未来产业7个', [])).toEqual(['未来产业7个']);
  });
});

describe('quotesInData', () => {
  it("collects quote, quotes[] and a measure's text, not facts", () => {
    const data = {
      quote: { text: '甲', source: 'src-a' },
      quotes: [{ text: '乙', source: 'src-b', locator: '第 1 段' }],
      text: { text: '丙', source: 'src-c' },
      facts: [{ text: '我们的话', source: 'src-a' }],
      stated: { directions: { value: 21, quote: { text: '丁', source: 'src-a' } } },
    };
    expect(quotesInData(data)).toEqual([
      { field: 'quote.text', text: '甲', source: 'src-a' },
      { field: 'quotes[0].text', text: '乙', source: 'src-b' },
      { field: 'text.text', text: '丙', source: 'src-c' },
      { field: 'stated.directions.quote.text', text: '丁', source: 'src-a' },
    ]);
  });
});

describe('quotesInBody', () => {
  it('finds each <Quote> with its source and line', () => {
    const body =
      '解读。\n\n<Quote source="src-a" locator="第 5 段">原文一</Quote>\n\n又一段。\n\n<Quote source="src-b">\n原文二\n</Quote>\n';
    expect(quotesInBody(body, 10)).toEqual([
      { line: 12, text: '原文一', source: 'src-a' },
      { line: 16, text: '原文二', source: 'src-b' },
    ]);
  });
});
