// Reading a page's stored text (see format.ts) and finding a query in it.
import { HEADER_END, MARK, ZWSP } from './format.ts';
import { foldForMatch } from './normalise.ts';

export interface StoredText {
  /** The whole stored text (header and body), without U+200B; word positions count from its start. */
  full: string;
  /** The page text after the header: blocks separated by MARK, whitespace kept. */
  body: string;
  /** Pagefind word position of the first word of `body`. */
  bodyPosition: number;
}

/** Splits stored text into header and body (U+200B is dropped if still present). */
export function readStored(content: string): StoredText {
  const text = content.replaceAll(ZWSP, '');
  const end = text.indexOf(HEADER_END);
  if (end < 0) return { full: text, body: text, bodyPosition: 0 };
  return {
    full: text,
    body: text.slice(end + HEADER_END.length),
    bodyPosition: wordPosition(text, end) + 1,
  };
}

/** Pagefind word position of the character at `offset`: one word per non-whitespace code point before it. */
export function wordPosition(text: string, offset: number): number {
  return [...text.slice(0, offset).replace(/\s/gu, '')].length;
}

/**
 * Text prepared for matching: folded (width, case) with whitespace removed, and for
 * each UTF-16 unit of it, where it came from in the original.
 */
export interface Squeezed {
  text: string;
  /** from[i]: offset in the original of the character that produced text[i]. */
  from: number[];
}

/** Folds one character for matching; ASCII and CJK, the common cases, without normalisation. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return c.toLowerCase();
  if (code >= 0x3400 && code <= 0x9fff) return c;
  return foldForMatch(c);
}

// Typing a query searches the same pages again at every keystroke: keep their squeezed text.
const cache = new Map<string, Squeezed>();
const CACHE_SIZE = 64;

export function squeeze(original: string): Squeezed {
  const hit = cache.get(original);
  if (hit) return hit;
  const parts: string[] = [];
  const from: number[] = [];
  let offset = 0;
  for (const c of original) {
    if (!/\s/u.test(c)) {
      const folded = foldChar(c);
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

export interface Span {
  start: number;
  end: number;
}

/** The span of the code point at `offset` of `text`. */
export const charSpan = (text: string, offset: number): Span => ({
  start: offset,
  end: offset + String.fromCodePoint(text.codePointAt(offset)!).length,
});

/**
 * Every place where `needle` (a normalised query) occurs in `original`, ignoring
 * whitespace, width and case; never across a block boundary (MARK).
 */
export function findAll(original: string, needle: string, limit = Infinity): Span[] {
  if (!needle || needle.includes(MARK)) return [];
  const s = squeeze(original);
  const out: Span[] = [];
  let i = s.text.indexOf(needle);
  while (i >= 0 && out.length < limit) {
    out.push({ start: s.from[i], end: charSpan(original, s.from[i + needle.length - 1]).end });
    i = s.text.indexOf(needle, i + needle.length);
  }
  return out;
}

/** The block (between MARKs) that holds `offset`. */
export function blockAt(body: string, offset: number): Span {
  const start = body.lastIndexOf(MARK, offset - 1) + 1;
  const next = body.indexOf(MARK, offset);
  return { start, end: next < 0 ? body.length : next };
}
