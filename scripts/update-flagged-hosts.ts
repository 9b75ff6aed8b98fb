#!/usr/bin/env node
// Regenerates src/data/flagged-hosts.json from the fact sheet's flagged sources, or with
// --check only compares them (README, `npm run flagged-hosts`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractFlaggedHosts } from '../src/lib/flagged-hosts.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const path = args.find((a) => !a.startsWith('--')) ?? '../shared/sources/fact-sheet.md';
const target = 'src/data/flagged-hosts.json';
if (!existsSync(path)) {
  console.error(`✖ 找不到核查表 ${path}。No fact sheet at ${path}: pass its path.`);
  process.exit(2);
}
const hosts = extractFlaggedHosts(readFileSync(path, 'utf8'));
const json = `${JSON.stringify(hosts, null, 2)}\n`;
if (check) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== json) {
    const old = new Set(JSON.parse(committed) as string[]);
    const added = hosts.filter((h) => !old.has(h));
    const removed = [...old].filter((h) => !hosts.includes(h));
    console.error(
      `✖ ${target} is stale: ${added.length ? `missing ${added.join(', ')}` : ''}${added.length && removed.length ? '; ' : ''}${removed.length ? `no longer flagged ${removed.join(', ')}` : ''}. Run npm run flagged-hosts.`,
    );
    process.exit(1);
  }
  console.log(`✓ ${target} matches the ${hosts.length} flagged hosts of ${path}`);
} else {
  writeFileSync(target, json);
  console.log(`${hosts.length} flagged hosts written to ${target}`);
}
