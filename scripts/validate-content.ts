#!/usr/bin/env node
// The content check (npm run check:content; every build runs it first).
// Usage: node scripts/validate-content.ts [projectRoot]
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content-files.ts';
import { checkContent } from '../src/lib/validate-entries.ts';
import { formatContentReport } from '../src/lib/content-errors.ts';

const root = resolve(process.argv[2] ?? '.');
const read = readContent(root);
const errors = checkContent(root, read);
if (errors.length) {
  console.error(formatContentReport(errors));
  process.exit(1);
}
console.log(`内容校验通过 Content OK: ${read.entries.length} entries.`);
