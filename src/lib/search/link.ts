// Deep links: the section the match is in, plus a text fragment (#:~:text=) so the
// browser scrolls to and highlights the words without any script on the target page.
import { blockAt, type Span } from './stored.ts';

/** An anchor as Pagefind stores it in a fragment. */
export type PageAnchor = { element: string; id: string; location: number };

/** The id of the last h2–h6 with an id at or before word `position`, if any. */
export function sectionAnchor(
  anchors: readonly PageAnchor[],
  position: number,
): string | undefined {
  return anchors.findLast((a) => /^h[2-6]$/i.test(a.element) && a.id && a.location <= position)?.id;
}

// The same ICU word rules as Chromium's text-fragment matching.
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The text directive for a match at `span` of `body`, percent-encoded (also '-', which has
 * meaning there): browsers only match whole words, so the span is widened to word
 * boundaries within its block. No prefix picks the occurrence: Chromium does not match a
 * prefix that runs across an inline-block (an ID badge), and then highlights nothing.
 */
export function textDirective(body: string, span: Span): string {
  const block = blockAt(body, span.start);
  const text = body.slice(block.start, block.end);
  const marks = [0, ...[...words.segment(text)].map((s) => s.index + s.segment.length)];
  const start = Math.max(0, ...marks.filter((b) => b <= span.start - block.start));
  const end = Math.min(text.length, ...marks.filter((b) => b >= span.end - block.start));
  const term = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return encodeURIComponent(term).replace(/-/g, '%2D');
}
