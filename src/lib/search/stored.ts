// Reading a page's stored text (see format.ts) and finding a query in it.
import { HEADER_END, MARK, ZWSP } from './format.ts';
import { foldForMatch } from './normalise.ts';

/**
 * Splits stored text into `full` (without U+200B; word positions count from its start),
 * `body` (after the header: blocks separated by MARK, whitespace kept) and the word
 * position `bodyPosition` of the body's first word.
 */
export function readStored(content: string) {
  const full = content.replaceAll(ZWSP, '');
  const end = full.indexOf(HEADER_END);
  if (end < 0) return { full, body: full, bodyPosition: 0 };
  return {
    full,
    body: full.slice(end + HEADER_END.length),
    bodyPosition: wordPosition(full, end) + 1,
  };
}

/** Pagefind word position of the character at `offset`: one word per non-whitespace code point before it. */
export function wordPosition(text: string, offset: number): number {
  return [...text.slice(0, offset).replace(/\s/gu, '')].length;
}

// Typing a query searches the same pages again at every keystroke: keep their squeezed text.
const cache = new Map<string, { text: string; from: number[] }>();
const CACHE_SIZE = 64;

/**
 * Text prepared for matching: folded (width, case) with whitespace removed, and `from[i]`,
 * the offset in the original of the character that produced `text[i]`.
 */
export function squeeze(original: string) {
  const hit = cache.get(original);
  if (hit) return hit;
  const parts: string[] = [];
  const from: number[] = [];
  let offset = 0;
  for (const c of original) {
    if (!/\s/u.test(c)) {
      const folded = foldForMatch(c);
      parts.push(folded);
      for (let i = 0; i < folded.length; i++) from.push(offset);
    }
    offset += c.length;
  }
  // One flat string: a string built by += is a rope that a cache would keep in pieces.
  const out = { text: parts.join(''), from };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(original, out);
  return out;
}

export type Span = { start: number; end: number };

/**
 * Every place where `needle` (a normalised query) occurs in `original`, ignoring
 * whitespace, width and case; never across a block boundary (MARK).
 */
export function findAll(original: string, needle: string): Span[] {
  if (!needle || needle.includes(MARK)) return [];
  const s = squeeze(original);
  const out: Span[] = [];
  for (let i = s.text.indexOf(needle); i >= 0; i = s.text.indexOf(needle, i + needle.length)) {
    const last = s.from[i + needle.length - 1];
    out.push({
      start: s.from[i],
      end: last + String.fromCodePoint(original.codePointAt(last)!).length,
    });
  }
  return out;
}

/** The block (between MARKs) that holds `offset`. */
export function blockAt(body: string, offset: number): Span {
  const start = body.lastIndexOf(MARK, offset - 1) + 1;
  const next = body.indexOf(MARK, offset);
  return { start, end: next < 0 ? body.length : next };
}
