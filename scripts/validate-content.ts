#!/usr/bin/env node
// Checks every file under content/ before a build: schemas, IDs, references.
// Usage: node scripts/validate-content.ts [projectRoot]
import { resolve } from 'node:path';
import { readContent } from './lib/read-content.ts';
import { validateEntries } from '../src/lib/validate-entries.ts';
import { formatContentReport } from '../src/lib/content-errors.ts';
import flaggedHosts from '../src/data/flagged-hosts.json' with { type: 'json' };

const root = resolve(process.argv[2] ?? '.');
const read = readContent(root);
const errors = [...read.errors, ...validateEntries(read.entries, { flaggedHosts })];
if (errors.length) {
  console.error(formatContentReport(errors));
  process.exit(1);
}
console.log(`内容校验通过 Content OK: ${read.entries.length} entries.`);
