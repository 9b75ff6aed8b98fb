// The accessibility sweep (`npm run test:a11y`): axe-core (see tests/e2e/axe.ts)
// finds no violation on every page of the site, in the light and the dark colour
// scheme, at desktop width and on a 360 px phone, where no page may scroll sideways.
// `npm test` runs the same check on one page of each type (tests/e2e/a11y.test.ts).
import { describe, it } from 'vitest';
import { AXE_TAGS, checkVariant, describeVariant } from '../e2e/axe.ts';
import { ALL_PATHS, useSite } from '../e2e/harness.ts';

const site = useSite();

describe(`axe-core ${AXE_TAGS.join(', ')} (${ALL_PATHS.length} pages)`, () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const viewport of ['desktop', 'phone'] as const)
      describe.concurrent(describeVariant({ scheme, viewport }), () => {
        for (const url of ALL_PATHS)
          it(`${url} has no violations`, async ({ expect }) => {
            const { violations, scrollWidth, clientWidth } = await checkVariant(
              site.browser,
              site.url,
              url,
              { scheme, viewport },
            );
            expect(violations, violations.join('\n')).toEqual([]);
            if (viewport === 'phone')
              expect(scrollWidth, 'scrolls sideways at 360 px').toBeLessThanOrEqual(clientWidth);
          });
      });
});
