// Query normalisation: what the user typed → the characters searched for.

/** The most characters of a query that are searched; the rest is ignored. */
export const MAX_QUERY_CHARS = 64;
/** Queries longer than this are searched by a window of this many characters, then checked on the page text. */
export const WINDOW_CHARS = 8;

/**
 * Full-width Latin letters and digits (Ｃ９１９) → half-width; the ideographic space → a
 * space. Full-width punctuation (，：（）) is ordinary Chinese text and stays.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Folds text the way both queries and page text are compared: width, case, and
 * diacritics (guàshuài → guashuai, as Pagefind matches words); kana voicing marks stay.
 */
export function foldForMatch(text: string): string {
  const folded = foldWidth(text).toLowerCase();
  // ASCII and CJK ideographs, nearly all of the site's text, have no marks to strip.
  if (!/[^\u0000-\u007f\u3400-\u9fff]/.test(folded)) return folded;
  const stripped = folded.normalize('NFD').replace(/(?![\u3099\u309a])\p{M}/gu, '');
  return stripped.normalize('NFC');
}

/** Text as a query is compared with it: folded, whitespace, controls and format characters (the index's markers) removed. */
export function squashForMatch(text: string): string {
  return foldForMatch(text).replace(/[\s\p{Cc}\p{Cf}]/gu, '');
}

/**
 * Normalises a query: `normalised` is it squashed and mapped by `t2s` (traditional → the
 * simplified characters the site uses), `chars` its code points (one Pagefind word each),
 * and `simplifiedFrom` the squashed query when the map changed it.
 */
export function normaliseQuery(raw: string, t2s: ReadonlyMap<string, string> = new Map()) {
  const folded = [...squashForMatch(raw)].slice(0, MAX_QUERY_CHARS);
  const chars = folded.map((c) => t2s.get(c) ?? c);
  const normalised = chars.join('');
  const simplifiedFrom = folded.join('') === normalised ? undefined : folded.join('');
  return { normalised, simplifiedFrom, chars };
}

/** Whether a normalised query has the shape of an entry ID: E3, F7, T1, B2, A7, M07, P2, Q12, G3, GL02 (any case). */
export function looksLikeId(normalised: string): boolean {
  return /^(?:gl\d{1,3}|[abefgmpqt]\d{1,3})$/i.test(normalised);
}

/**
 * Whether Pagefind indexed `char` as a word: letters and digits always, other characters
 * only if the site uses them (`punct`). A query holding any other character is on no page.
 */
export function isIndexable(char: string, punct: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(char) || punct.includes(char);
}

/**
 * The part of a long query sent to the index: the WINDOW_CHARS consecutive characters
 * whose word lists are cheapest to load, judging by `common` (the site's most frequent
 * characters first). Short queries come back whole.
 */
export function pickWindow(chars: readonly string[], common = '') {
  const rank = [...common];
  // Estimated cost: 1 for a rare character, up to 4 for the most frequent one.
  const cost = (c: string) =>
    rank.includes(c) ? 1 + (3 * (rank.length - rank.indexOf(c))) / rank.length : 1;
  let best = 0;
  let bestCost = Infinity;
  for (let start = 0; start + WINDOW_CHARS <= chars.length; start++) {
    // A character twice in the window costs once (one word list).
    const window = new Set(chars.slice(start, start + WINDOW_CHARS));
    const total = [...window].reduce((sum, c) => sum + cost(c), 0);
    if (total < bestCost) {
      best = start;
      bestCost = total;
    }
  }
  return { start: best, chars: chars.slice(best, best + WINDOW_CHARS) };
}
