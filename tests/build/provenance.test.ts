// Links between entries that no source draws (an industry's related aspects and
// programmes, a term's related entries, and the same links read backwards on the other
// entry's page) are the site's own reading. Every list of such links must say so where
// the reader sees it: a visible 本站解读 label and a sentence saying why the links are
// there. Lists that come from citations say so with data-provenance="citation".
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { pages, visibleText } from './dist.ts';

/** A link to an entry page such as /aspects/a1/ or /glossary/gl04/. */
const ENTRY_HREF =
  /^\/(industries|pillars|aspects|measures|programmes|statements|targets|glossary|progress)\/[a-z0-9]+\/$/;

const entryPages = pages.filter((p) => p.doc.querySelector('article[data-entry-id]'));

/** Lists of links to other entries on an entry page, outside navigation and diagrams. */
function entryLinkLists(article: HTMLElement, self: string): HTMLElement[] {
  return article.querySelectorAll('ul, ol').filter((list) => {
    // Breadcrumbs, the table of contents and previous/next are navigation, not claims.
    // Diagrams draw every entry of a kind (all 21 industries, all 9 aspects): a map of the
    // site, not a claim that two entries belong together; diagrams.test.ts checks the one
    // grouping they draw themselves (an industry's related aspect and programme) is labelled.
    if (list.closest('nav') || list.closest('[data-diagram]')) return false;
    const hrefs = list.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    return hrefs.some((h) => ENTRY_HREF.test(h) && h !== self);
  });
}

describe('links between entries say where they come from', () => {
  it('there are entry pages with link lists to check', () => {
    const lists = entryPages.flatMap((p) => entryLinkLists(p.doc.querySelector('article')!, p.url));
    expect(lists.length).toBeGreaterThan(50);
  });

  for (const p of entryPages) {
    it(`${p.url}: every list of entry links carries its provenance`, () => {
      const article = p.doc.querySelector('article')!;
      for (const list of entryLinkLists(article, p.url)) {
        const marked = list.closest('[data-provenance]');
        const where = `${p.url} list “${visibleText(list).trim().slice(0, 30)}…”`;
        expect(marked, `${where} has no data-provenance`).not.toBeNull();
        const provenance = marked!.getAttribute('data-provenance');
        expect(['site', 'citation', 'per-link'], where).toContain(provenance);
        if (provenance === 'per-link') {
          // Progress items give each link its own basis: the source states it, or it is ours.
          for (const li of list.querySelectorAll('li')) {
            const basis = li.getAttribute('data-basis');
            expect(['source', 'editorial'], `${where}: a link without data-basis`).toContain(basis);
            expect(visibleText(li)).toContain(basis === 'source' ? '来源写明' : '本站解读');
          }
        } else if (provenance === 'site') {
          const text = visibleText(marked!);
          expect(text, `${where}: no visible 本站解读 label`).toContain('本站解读');
          // The label comes with one sentence saying why the links are there.
          expect(text, `${where}: no sentence saying why`).toMatch(/本站解读\s*[^。]{12,}。/);
        } else {
          // Entries that cite a source are listed only on that source's page.
          expect(p.url, where).toMatch(/^\/sources\//);
        }
      }
    });
  }

  it('the aspect pages show the industries linked to them as the site’s reading', () => {
    const a1 = pages.find((p) => p.url === '/aspects/a1/')!;
    const site = a1.doc.querySelectorAll('[data-provenance="site"]');
    const industryLinks = site.flatMap((s) =>
      s.querySelectorAll('a[href^="/industries/"]').map((a) => a.getAttribute('href')),
    );
    expect(industryLinks.length).toBeGreaterThan(0);
  });
});
