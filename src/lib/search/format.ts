// The search index's layout, shared by the build (scripts/lib/search-index.ts) and the
// browser (src/client/search-engine.ts). Every character of a page is its own Pagefind
// word, and its stored text (U+200B removed by pagefind.js) reads
//
//   <ID slot><title slot><alias slot>HEADER_END<body>
//
// Each header slot is padded with MARK to a width that is the same on every page, so the
// word position of a phrase match says which slot it hit. In the body, MARK stands between
// blocks, so no phrase runs from one block into the next.

/** Pagefind's own word boundary for zh; pagefind.js removes it from `content`. */
export const ZWSP = '\u200b';
/** Block boundary and header padding (U+2063 INVISIBLE SEPARATOR). */
export const MARK = '\u2063';
/** Ends the header (U+2064 INVISIBLE PLUS). */
export const HEADER_END = '\u2064';
export const SIDE_FILE = 'zh-search.json';

export interface SideFile {
  /** Widths, in words, of the ID, title and alias slots. */
  slots: number[];
  /** Traditional → simplified pairs, concatenated ("關关於于…"), limited to targets the site uses. */
  t2s: string;
  /** The non-letter, non-digit characters the site's text holds (indexed, so searchable). */
  punct: string;
  /** The site's most frequent characters, most frequent first (their word lists cost the most). */
  common: string;
}
