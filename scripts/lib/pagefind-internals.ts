// Everything the site search relies on that Pagefind 1.6 does not document. Pagefind is
// pinned (package.json); tests/e2e/pagefind-internals.test.ts checks each assumption
// below on a two-page index and names the one that broke after an upgrade.
//
// Build side (this module is the only caller of Pagefind's Node API):
//   A1 U+200B (ZWSP) is a word boundary under forceLanguage zh-cn: characters joined by
//      it are one word each, at consecutive word positions, and every non-whitespace code
//      point of the indexed text (our MARK and HEADER_END included) takes one position.
//   A2 A quoted query ("储 能") matches only words at adjacent positions, and the smallest
//      of a result's `words` is where its first match starts (positions stay in page order
//      when the whole text carries one data-pagefind-weight).
//   A3 PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (word positions per index chunk) is read when
//      the Pagefind service starts; close() restarts it.
// Browser side (src/client/search-engine.ts):
//   A4 pagefind.js removes U+200B from a fragment's `content`, keeps MARK and HEADER_END,
//      and drops a space that follows U+200B (so serialise() never writes one there).
//   A5 createInstance({ basePath, baseUrl, noWorker }) and instance.search / filters /
//      options are pagefind.js's module API, which Pagefind documents only as a global.
import * as pagefind from 'pagefind';
import { MARK, ZWSP } from '../../src/lib/search/format.ts';
import { escapeHtml } from '../../src/lib/search/excerpt.ts';

/** What serialise writes: a character, ' ' (whitespace), MARK, or a raw tag. */
export type Item = string | { tag: string };

/**
 * Serialises items as HTML in which every character is its own word: U+200B between two
 * characters, nothing next to a space (Pagefind would drop a space that follows U+200B
 * from the stored text), and no space next to a MARK.
 */
export function serialise(items: Item[]): string {
  const out: string[] = [];
  let tags = '';
  let prev: string | null = null; // last character or MARK written
  let space = false;
  for (const it of items) {
    if (typeof it === 'object') {
      tags += it.tag;
      continue;
    }
    if (it === ' ') {
      space = true;
      continue;
    }
    if (prev !== null) out.push(space && prev !== MARK && it !== MARK ? ' ' : ZWSP);
    out.push(tags, it === MARK ? MARK : escapeHtml(it));
    tags = '';
    space = false;
    prev = it;
  }
  out.push(tags);
  return out.join('');
}

/**
 * Indexes `pages` into `outputPath` in one Pagefind run with `chunkSize` word positions
 * per index chunk (A3), treating the text as zh-cn (A1); `includeCharacters` become words.
 */
export async function writePagefindIndex(
  pages: Array<{ url: string; html: string }>,
  outputPath: string,
  { chunkSize, includeCharacters }: { chunkSize?: number; includeCharacters: string },
): Promise<void> {
  if (chunkSize) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  else delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  await pagefind.close();
  try {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'zh-cn',
      includeCharacters,
    });
    if (errors.length || !index) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    for (const p of pages) {
      const r = await index.addHTMLFile({ url: p.url, content: p.html });
      if (r.errors.length) throw new Error(`Pagefind (${p.url}): ${r.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
