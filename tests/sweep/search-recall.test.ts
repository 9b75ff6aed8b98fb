// The recall sweep: 200 random substrings of the site's own text (a different sample from
// the 20 that `npm test` tries in tests/e2e/search-engine.test.ts), each finding as exact
// matches exactly the pages whose own text holds it, and no such page among the partial ones.
import { expect, it } from 'vitest';
import { PAGES, useSite } from '../e2e/harness.ts';
import { readPages } from '../e2e/search-truth.ts';
import {
  buildEngine,
  openEngineTab,
  randomQueries,
  recallProblems,
} from '../e2e/search-engine-tab.ts';

const site = useSite();

it('200 random substrings of page text: exact = pages holding them, ranked above the rest', async () => {
  const pages = await readPages(
    site.browser,
    site.url,
    PAGES.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.url),
  );
  const tab = await openEngineTab(site.browser, site.url, await buildEngine());
  const problems = await recallProblems(tab, pages, randomQueries(pages, 200, 20261130));
  await tab.close();
  expect(problems, problems.join('\n')).toEqual([]);
});
