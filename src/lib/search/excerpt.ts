// Excerpts: a window of a page's text around the match, HTML-escaped, matches in <mark>.
import { blockAt, charSpan, findAll, squeeze, type Span } from './stored.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface Excerpt {
  html: string;
  /** The exact match the excerpt is centred on, if the text holds the query. */
  match?: Span;
}

const ELLIPSIS = '…';

const isLow = (text: string, i: number) =>
  i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]);

/** The non-blank blocks (between MARKs) of `body`. */
function blocks(body: string): Span[] {
  const out: Span[] = [];
  for (let start = 0; start <= body.length;) {
    const block = blockAt(body, start);
    if (body.slice(block.start, block.end).trim()) out.push(block);
    start = block.end + 1;
  }
  return out;
}

/** Where the characters of `wanted` occur in `block` of `body`, and how many of them it holds. */
function charSpans(body: string, block: Span, wanted: Set<string>) {
  const s = squeeze(body.slice(block.start, block.end));
  const spans: Span[] = [];
  const held = new Set<string>();
  let i = 0;
  for (const c of s.text) {
    const at = block.start + s.from[i];
    i += c.length;
    if (!wanted.has(c) || at === spans.at(-1)?.start) continue;
    spans.push(charSpan(body, at));
    held.add(c);
  }
  return { spans, held: held.size };
}

function render(body: string, start: number, end: number, marks: Span[], block: Span): string {
  let html = start > block.start ? ELLIPSIS : '';
  let at = start;
  for (const m of marks) {
    if (m.start < at || m.end > end) continue;
    html +=
      escapeHtml(body.slice(at, m.start)) +
      '<mark>' +
      escapeHtml(body.slice(m.start, m.end)) +
      '</mark>';
    at = m.end;
  }
  html += escapeHtml(body.slice(at, end));
  if (end < block.end) html += ELLIPSIS;
  return html.replace(/\s+/gu, ' ').trim();
}

/**
 * An excerpt of `body` (stored text, blocks separated by MARK) for the normalised
 * query `needle`: around its first exact occurrence when there is one (every
 * occurrence in the window marked), otherwise around the first block holding the
 * most of its characters (each of those characters marked). `before` and `after`
 * are the characters (UTF-16 units) kept around the match. Always HTML-safe.
 */
export function makeExcerpt(
  body: string,
  needle: string,
  { before = 24, after = 56 } = {},
): Excerpt {
  needle = needle.replace(/\s+/gu, '');
  const all = findAll(body, needle);
  let block: Span;
  let marks: Span[];
  if (all.length) {
    block = blockAt(body, all[0].start);
    marks = all;
  } else {
    const wanted = new Set(needle);
    const found = blocks(body).map((b) => ({ block: b, ...charSpans(body, b, wanted) }));
    if (!found.length) return { html: '' };
    const best = found.reduce((a, b) => (b.held > a.held ? b : a));
    block = best.block;
    marks = best.spans;
  }
  const focus = marks[0] ?? { start: block.start, end: block.start };
  let start = Math.max(block.start, focus.start - before);
  let end = Math.min(block.end, focus.end + after);
  if (isLow(body, start)) start--;
  if (isLow(body, end)) end++;
  const html = render(body, start, end, marks, block);
  return all.length ? { html, match: focus } : { html };
}
