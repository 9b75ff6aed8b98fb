#!/usr/bin/env node
// Checks every file under content/ before a build: schemas, IDs, references.
// Usage: node scripts/validate-content.ts [projectRoot]
import { resolve, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkPublishedIds, type Redirect } from '../src/lib/published-ids.ts';
import { readContent } from './lib/read-content.ts';
import { checkBodies, validateEntries } from '../src/lib/validate-entries.ts';
import { formatContentReport } from '../src/lib/content-errors.ts';
import flaggedHosts from '../src/data/flagged-hosts.json' with { type: 'json' };

const root = resolve(process.argv[2] ?? '.');
const read = readContent(root);
const errors = [
  ...read.errors,
  ...validateEntries(read.entries, { flaggedHosts }),
  ...checkBodies(read.bodies),
];
const publishedFile = join(root, 'content/published-ids.txt');
const redirectsFile = join(root, 'content/redirects.yaml');
const published = existsSync(publishedFile)
  ? readFileSync(publishedFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
  : [];
const redirects: Redirect[] = existsSync(redirectsFile)
  ? (parseYaml(readFileSync(redirectsFile, 'utf8')) ?? [])
  : [];
const current = new Set(read.entries.map((e) => String(e.data.id)));
errors.push(
  ...checkPublishedIds(published, current, redirects, {
    published: 'content/published-ids.txt',
    redirects: 'content/redirects.yaml',
  }),
);
if (errors.length) {
  console.error(formatContentReport(errors));
  process.exit(1);
}
console.log(`内容校验通过 Content OK: ${read.entries.length} entries.`);
