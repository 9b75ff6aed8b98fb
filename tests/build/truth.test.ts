// None of the scrape's spam, traditional characters, pinyin or mojibake reaches a
// page, and no page links a mirror site flagged in the fact sheet.
import { describe, expect, it } from 'vitest';
import {
  MOJIBAKE,
  PINYIN_ANNOTATION,
  SPAM_WORDS,
  findAll,
  findTraditional,
} from '../../src/lib/chinese.ts';
import { isFlaggedUrl } from '../../src/lib/flagged-hosts.ts';
import flaggedHosts from '../../src/data/flagged-hosts.json' with { type: 'json' };
import { pages, visibleText } from './dist.ts';

describe('text on every page', () => {
  for (const p of pages) {
    it(`${p.url} is clean simplified Chinese`, () => {
      const text = visibleText(p.doc.querySelector('body')!);
      expect(
        findTraditional(text).map((h) => h.char),
        'traditional characters',
      ).toEqual([]);
      expect(
        findAll(text, PINYIN_ANNOTATION).map((m) => m.match),
        'pinyin annotations',
      ).toEqual([]);
      expect(
        findAll(text, MOJIBAKE).map((m) => m.match),
        'mojibake',
      ).toEqual([]);
      expect(
        SPAM_WORDS.filter((w) => text.includes(w)),
        'spam',
      ).toEqual([]);
      const flagged = p.doc
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((h) => isFlaggedUrl(h, flaggedHosts));
      expect(flagged, 'links to flagged mirror sites').toEqual([]);
    });
  }
});

describe('Markdown with CJK punctuation', () => {
  it('renders **“876”** next to Chinese text as bold (remark-cjk-friendly)', () => {
    const hits = pages.filter((p) => p.html.includes('<strong>“876”</strong>创新'));
    expect(hits.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.html, p.url).not.toContain('**“876”**');
  });
});
