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

const SPACE = /\s/u;
/** Whitespace test on one character; ASCII and CJK answered without a regex. */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code >= 0x3400 && code <= 0x9fff) return false;
  return SPACE.test(c);
}

/** Splits stored text into header and body (U+200B is dropped if still present). */
export function readStored(content: string): StoredText {
  const text = content.split(ZWSP).join('');
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
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    if (!isSpace(text[i])) n++;
  }
  return n;
}

/**
 * Text prepared for matching: folded (width, case) with whitespace removed, and for
 * each UTF-16 unit of it, where it came from in the original.
 */
export interface Squeezed {
  text: string;
  /** from[i]: offset in the original of the character that produced text[i]. */
  from: number[];
  /** Length of the original. */
  length: number;
}

/** Folds one character for matching; the common cases without regexes or normalisation. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  if (code >= 0x3400 && code <= 0x9fff) return c;
  return foldForMatch(c);
}

const cache = new Map<string, Squeezed>();
const CACHE_SIZE = 64;

export function squeeze(original: string): Squeezed {
  const hit = cache.get(original);
  if (hit) return hit;
  const parts: string[] = [];
  const from: number[] = [];
  let offset = 0;
  for (const c of original) {
    if (!isSpace(c)) {
      const folded = foldChar(c);
      parts.push(folded);
      for (let i = 0; i < folded.length; i++) from.push(offset);
    }
    offset += c.length;
  }
  const out = { text: parts.join(''), from, length: original.length };
  if (original.length > 64) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(original, out);
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** Maps a range of squeezed text back to a range of the original (whitespace inside kept). */
function unsqueeze(s: Squeezed, start: number, end: number, original: string): Span {
  const a = s.from[start];
  const lastFrom = s.from[end - 1];
  const last = original.codePointAt(lastFrom) ?? 0;
  return { start: a, end: lastFrom + (last > 0xffff ? 2 : 1) };
}

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
    out.push(unsqueeze(s, i, i + needle.length, original));
    i = s.text.indexOf(needle, i + Math.max(1, needle.length));
  }
  return out;
}

/** The first occurrence of `needle` in `original` (see findAll), or undefined. */
export function findExact(original: string, needle: string): Span | undefined {
  return findAll(original, needle, 1)[0];
}

/** Whether `original` contains `needle` (see findAll). */
export function containsExact(original: string, needle: string): boolean {
  return findExact(original, needle) !== undefined;
}

/** The block (between MARKs) that holds `offset`. */
export function blockAt(body: string, offset: number): Span {
  const start = body.lastIndexOf(MARK, offset - 1) + 1;
  const next = body.indexOf(MARK, offset);
  return { start, end: next < 0 ? body.length : next };
}
