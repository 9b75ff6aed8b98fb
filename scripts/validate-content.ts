#!/usr/bin/env node
// Checks every file under content/ before a build: schemas, IDs, references, citations,
// published IDs, bodies.
// Usage: node scripts/validate-content.ts [projectRoot]
import { resolve } from 'node:path';
import { checkPublishedIds, readPublishedIds } from '../src/lib/published-ids.ts';
import { readContent } from './lib/read-content.ts';
import { checkBodies, validateEntries } from '../src/lib/validate-entries.ts';
import { checkCitations } from '../src/lib/validate-citations.ts';
import { formatContentReport } from '../src/lib/content-errors.ts';

const root = resolve(process.argv[2] ?? '.');
const read = readContent(root);
const { published, redirects } = readPublishedIds(root);
const errors = [
  ...read.errors,
  ...validateEntries(read.entries),
  ...checkBodies(read.bodies),
  ...checkCitations(read.entries, read.bodies),
  ...checkPublishedIds(published, new Set(read.entryIds), redirects),
];
if (errors.length) {
  console.error(formatContentReport(errors));
  process.exit(1);
}
console.log(`内容校验通过 Content OK: ${read.entries.length} entries.`);
