import { pageIds, type ContentRead } from '../../src/lib/content-files.ts';
import { checkBodies, validateEntries } from '../../src/lib/validate-entries.ts';
import { checkCitations } from '../../src/lib/validate-citations.ts';
import { checkPublishedIds, readPublishedIds } from '../../src/lib/published-ids.ts';

export { parseContentFile, readContent, type ContentRead } from '../../src/lib/content-files.ts';

/** The content check (npm run check:content, and npm run new before it writes). */
export function checkContent(root: string, read: ContentRead) {
  const { published, redirects } = readPublishedIds(root);
  return [
    ...read.errors,
    ...validateEntries(read.entries),
    ...checkBodies(read.bodies),
    ...checkCitations(read.entries, read.bodies),
    ...checkPublishedIds(published, pageIds(read.entries).ids, redirects),
  ];
}
