// Excerpts: a window of a page's text around the match, HTML-escaped, matches in <mark>.
import { MARK } from './format.ts';
import { blockAt, findAll, type Span } from './stored.ts';

/** Escapes text for use in HTML content or a quoted attribute, as numeric character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const isLow = (text: string, i: number) =>
  i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]);

/** The non-blank block of `body` holding the most of `chars`, with every occurrence of each. */
function bestBlock(body: string, chars: Set<string>) {
  const found = [...chars].map((c) => findAll(body, c));
  let best: { block: Span; marks: Span[]; held: number } | undefined;
  let start = 0;
  for (const text of body.split(MARK)) {
    const block = { start, end: start + text.length };
    start = block.end + MARK.length;
    const inBlock = found.map((spans) =>
      spans.filter((s) => s.start >= block.start && s.end <= block.end),
    );
    const held = inBlock.filter((spans) => spans.length).length;
    if (text.trim() && held > (best?.held ?? -1))
      best = { block, held, marks: inBlock.flat().sort((a, b) => a.start - b.start) };
  }
  return best;
}

/**
 * An HTML-safe excerpt of `body` (stored text, blocks separated by MARK) for the normalised
 * query `needle`, with `match`: around its first exact occurrence when there is one (every
 * occurrence in the window marked), otherwise around the first block holding the most of
 * its characters (each of them marked). `before` and `after` are the UTF-16 units kept
 * around the match.
 */
export function makeExcerpt(
  body: string,
  needle: string,
  { before = 24, after = 56 } = {},
): { html: string; match?: Span } {
  const all = findAll(body, needle);
  const found = all.length
    ? { block: blockAt(body, all[0].start), marks: all }
    : bestBlock(body, new Set(needle));
  if (!found) return { html: '' };
  const { block, marks } = found;
  const focus = marks[0] ?? { start: block.start, end: block.start };
  let start = Math.max(block.start, focus.start - before);
  let end = Math.min(block.end, focus.end + after);
  if (isLow(body, start)) start--;
  if (isLow(body, end)) end++;
  let html = start > block.start ? '…' : '';
  let at = start;
  for (const m of marks) {
    if (m.start < at || m.end > end) continue;
    html += `${escapeHtml(body.slice(at, m.start))}<mark>${escapeHtml(body.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  html += escapeHtml(body.slice(at, end));
  if (end < block.end) html += '…';
  return { html: html.replace(/\s+/gu, ' ').trim(), match: all[0] };
}
