#!/usr/bin/env node
// Regenerates src/data/flagged-hosts.json from the fact sheet's flagged sources.
// Usage: node scripts/update-flagged-hosts.ts [path/to/fact-sheet.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { extractFlaggedHosts } from '../src/lib/flagged-hosts.ts';

const path = process.argv[2] ?? '../shared/sources/fact-sheet.md';
const hosts = extractFlaggedHosts(readFileSync(path, 'utf8'));
writeFileSync('src/data/flagged-hosts.json', `${JSON.stringify(hosts, null, 2)}\n`);
console.log(`${hosts.length} flagged hosts written to src/data/flagged-hosts.json`);
