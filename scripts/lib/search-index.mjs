// Builds the Pagefind index for a built site folder through Pagefind's Node API.
import * as pagefind from 'pagefind';

/**
 * Indexes every HTML page under `siteDir` and writes the index to
 * `siteDir/pagefind/`. Returns the number of pages indexed.
 */
export async function buildSearchIndex(siteDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}
