// The shape of the search index, shared by the build (scripts/lib/search-index.ts)
// and the browser (src/client/search-engine.ts).
//
// Every page is indexed from a copy of its text in which each character is its own
// Pagefind word. The stored text (a Pagefind fragment's `content`, with U+200B already
// removed by pagefind.js) looks like:
//
//   <ID slot><title slot><alias slot>HEADER_END<body>
//
// Each header slot holds its characters padded with MARK to a width that is the same on
// every page (`SideFile.slots`), so the word position of a phrase match says which slot
// it hit. In the body, MARK stands between blocks (paragraphs, list items, headings…),
// so no phrase runs from one block into the next. Every non-whitespace code point of the
// stored text is exactly one Pagefind word position.

/** Pagefind's own word boundary for zh; it removes it from `content` in the browser. */
export const ZWSP = '\u200b';
/** Block boundary and header padding (U+2063 INVISIBLE SEPARATOR). */
export const MARK = '\u2063';
/** Ends the header (U+2064 INVISIBLE PLUS). */
export const HEADER_END = '\u2064';
/** Side file written next to the Pagefind bundle, in `pagefind/`. */
export const SIDE_FILE = 'zh-search.json';

/** `pagefind/zh-search.json` */
export interface SideFile {
  /** Widths, in words, of the ID, title and alias slots at the start of each page's stored text. */
  slots: [number, number, number];
  /** Traditional → simplified character pairs, concatenated: "關关於于…". Only targets the site uses. */
  t2s: string;
  /** Non-letter, non-digit characters the site's text contains (indexed as words, so searchable). */
  punct: string;
  /** The site's most frequent characters, most frequent first (their word lists cost the most to load). */
  common?: string;
}
