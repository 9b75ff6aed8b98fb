// Deep links: the section the match is in, plus a text fragment (#:~:text=) so the
// browser scrolls to and highlights the words without any script on the target page.
import { blockAt, type Span } from './stored.ts';

/** An anchor as Pagefind stores it in a fragment. */
export interface PageAnchor {
  element: string;
  id: string;
  location: number;
}

/** The id of the last h2–h6 with an id at or before word `position`, if any. */
export function sectionAnchor(
  anchors: readonly PageAnchor[],
  position: number,
): string | undefined {
  let best: PageAnchor | undefined;
  for (const a of anchors) {
    if (!/^h[2-6]$/i.test(a.element) || !a.id || a.location > position) continue;
    if (!best || a.location >= best.location) best = a;
  }
  return best?.id;
}

/** Percent-encodes a text-directive term (also '-', ',' and '&', which have meaning there). */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Word boundaries (UTF-16 offsets, including 0 and text.length) of a string. */
type WordBoundaries = (text: string) => number[];

/** Word boundaries from Intl.Segmenter, which uses the same ICU rules as Chromium's text-fragment matching. */
export function segmenterBoundaries(locale = 'zh-CN'): WordBoundaries {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) => [0, ...[...segmenter.segment(text)].map((s) => s.index + s.segment.length)];
}

/**
 * The text directive for a match at `span` of `body`, encoded, or undefined if nothing is
 * left: browsers only match whole words, so the span is widened to word boundaries within
 * its block. No prefix picks the occurrence: Chromium does not match a prefix that runs
 * across an inline-block (an ID badge), and then highlights nothing.
 */
export function textDirective(
  body: string,
  span: Span,
  boundaries: WordBoundaries,
): string | undefined {
  const block = blockAt(body, span.start);
  const text = body.slice(block.start, block.end);
  const marks = boundaries(text);
  const start = Math.max(0, ...marks.filter((b) => b <= span.start - block.start));
  const end = Math.min(text.length, ...marks.filter((b) => b >= span.end - block.start));
  const term = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return term ? encodeTextTerm(term) : undefined;
}

/** `url#anchor:~:text=directive`, `url#:~:text=directive`, `url#anchor` or `url`. */
export function deepLink(url: string, anchor?: string, directive?: string): string {
  const base = url.replace(/#.*$/, '');
  const hash =
    (anchor ? encodeURIComponent(anchor) : '') + (directive ? `:~:text=${directive}` : '');
  return hash ? `${base}#${hash}` : base;
}
