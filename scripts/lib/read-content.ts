import type { readContent } from '../../src/lib/content-files.ts';
import { checkBodies, validateEntries } from '../../src/lib/validate-entries.ts';
import { checkCitations } from '../../src/lib/validate-citations.ts';
import { checkPublishedIds, readPublishedIds } from '../../src/lib/published-ids.ts';

export { parseContentFile, readContent, type ContentRead } from '../../src/lib/content-files.ts';

/**
 * The content check (npm run check:content, and npm run new before it writes): what reading
 * found, then schemas and references, bodies, citations, and the published IDs.
 */
export function checkContent(root: string, read: ReturnType<typeof readContent>) {
  const { published, redirects } = readPublishedIds(root);
  return [
    ...read.errors,
    ...validateEntries(read.entries),
    ...checkBodies(read.bodies),
    ...checkCitations(read.entries, read.bodies),
    ...checkPublishedIds(published, new Set(read.entryIds), redirects),
  ];
}
