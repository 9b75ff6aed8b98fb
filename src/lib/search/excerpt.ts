// Excerpts: a window of a page's text around the match, HTML-escaped, matches in <mark>.
import { MARK } from './format.ts';
import { foldForMatch } from './normalise.ts';
import { blockAt, findAll, squeeze, type Span } from './stored.ts';

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

export interface ExcerptOptions {
  /** Characters (UTF-16 units) kept before the match. */
  before?: number;
  /** Characters kept after the match. */
  after?: number;
  ellipsis?: string;
}

export interface Excerpt {
  html: string;
  /** The exact match the excerpt is centred on, if the text holds the query. */
  match?: Span;
}

const isLow = (text: string, i: number) =>
  i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]);

function blocks(body: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const next = body.indexOf(MARK, start);
    const end = next < 0 ? body.length : next;
    if (body.slice(start, end).trim()) out.push({ start, end });
    if (next < 0) return out;
    start = next + 1;
  }
}

/** Where the characters of `needle` occur in [from, to) of `body`. */
function charSpans(body: string, needle: string, from: number, to: number): Span[] {
  const wanted = new Set([...needle]);
  const s = squeeze(body);
  const out: Span[] = [];
  let last = -1;
  let i = 0;
  for (const c of s.text) {
    const at = s.from[i];
    i += c.length;
    if (at < from || at >= to || at === last || !wanted.has(c)) continue;
    const cp = body.codePointAt(at) ?? 0;
    out.push({ start: at, end: at + (cp > 0xffff ? 2 : 1) });
    last = at;
  }
  return out;
}

function render(
  body: string,
  start: number,
  end: number,
  marks: Span[],
  block: Span,
  ellipsis: string,
): string {
  let html = start > block.start ? ellipsis : '';
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
  if (end < block.end) html += ellipsis;
  return html.replace(/\s+/gu, ' ').trim();
}

/**
 * An excerpt of `body` (stored text, blocks separated by MARK) for the normalised
 * query `needle`: around its first exact occurrence when there is one (every
 * occurrence in the window marked), otherwise around the first block holding the
 * most of its characters (each of those characters marked). Always HTML-safe.
 */
export function makeExcerpt(body: string, needle: string, options: ExcerptOptions = {}): Excerpt {
  const { before = 24, after = 56, ellipsis = '…' } = options;
  needle = needle.replace(/\s+/gu, '');
  const all = findAll(body, needle);
  let block: Span;
  let focus: Span;
  let marks: Span[];
  if (all.length) {
    focus = all[0];
    block = blockAt(body, focus.start);
    marks = all;
  } else {
    const candidates = blocks(body);
    if (!candidates.length) return { html: '' };
    // One pass: which of the needle's characters each block holds.
    const wanted = new Set([...needle]);
    const found = candidates.map(() => new Set<string>());
    const s = squeeze(body);
    let b = 0;
    let i = 0;
    for (const c of s.text) {
      const at = s.from[i];
      i += c.length;
      if (!wanted.has(c)) continue;
      while (b < candidates.length && candidates[b].end <= at) b++;
      if (b < candidates.length && candidates[b].start <= at) found[b].add(c);
    }
    let best = candidates[0];
    let bestCount = 0;
    found.forEach((set, k) => {
      if (set.size > bestCount) {
        best = candidates[k];
        bestCount = set.size;
      }
    });
    block = best;
    marks = bestCount > 0 ? charSpans(body, needle, best.start, best.end) : [];
    focus = marks[0] ?? { start: best.start, end: best.start };
  }
  let start = Math.max(block.start, focus.start - before);
  let end = Math.min(block.end, focus.end + after);
  if (isLow(body, start)) start--;
  if (isLow(body, end)) end++;
  const html = render(body, start, end, marks, block, ellipsis);
  return all.length ? { html, match: focus } : { html };
}
