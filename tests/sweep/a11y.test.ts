// The accessibility sweep (`npm run test:a11y`): axe-core (see tests/e2e/axe.ts)
// finds no violation on every page of the site, in the light and the dark colour
// scheme, at desktop width and on a 360 px phone, where no page may scroll sideways.
// `npm test` runs the same check on one page of each type (tests/e2e/a11y.test.ts).
import { describe, it } from 'vitest';
import { AXE_TAGS, checkPages, describeVariant, newVariantPage } from '../e2e/axe.ts';
import { ALL_PATHS, useSite } from '../e2e/harness.ts';

const site = useSite();

// Each variant's pages in one tab (see checkPages), two variants at a time.
describe.concurrent(`axe-core ${AXE_TAGS.join(', ')} (${ALL_PATHS.length} pages)`, () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const viewport of ['desktop', 'phone'] as const)
      it(`${describeVariant({ scheme, viewport })}: every page`, async ({ expect }) => {
        const page = await newVariantPage(site.browser, { scheme, viewport });
        const problems = await checkPages(page, site.url, ALL_PATHS, { scheme, viewport });
        await page.context().close();
        expect(problems, problems.join('\n')).toEqual([]);
      }, 1_200_000); // about 0.7 s a page alone; CI machines are slower
});
