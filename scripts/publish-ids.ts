#!/usr/bin/env node
// Adds every current entry ID to content/published-ids.txt (IDs are never removed from it).
// Run when a release goes live: from then on, removing one of these IDs fails the build unless a redirect is declared.
import { pageIds, readContent } from '../src/lib/content-files.ts';
import { PUBLISHED_FILES, addPublishedIds } from '../src/lib/published-ids.ts';

const { total, added } = addPublishedIds('.', pageIds(readContent('.').entries).ids);
console.log(`${total} IDs in ${PUBLISHED_FILES.published} (${added} new).`);
