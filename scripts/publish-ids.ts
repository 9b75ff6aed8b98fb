#!/usr/bin/env node
// Adds every current entry ID to content/published-ids.txt (IDs are never removed from it).
// Run when a release goes live: from then on, removing one of these IDs fails the build unless a redirect is declared.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { readContent } from './lib/read-content.ts';
import { compareIds } from '../src/lib/ids.ts';

const file = 'content/published-ids.txt';
const header =
  '# Every entry ID ever published. Never delete a line: declare a redirect in content/redirects.yaml instead.\n# 已发布的编号，只增不删；条目改编号时请在 content/redirects.yaml 声明跳转。\n';
const old = existsSync(file)
  ? readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
  : [];
const ids = new Set([
  ...old,
  ...readContent('.')
    .entries.filter((e) => e.collection !== 'plan' && e.collection !== 'tiers')
    .map((e) => String(e.data.id)),
]);
writeFileSync(file, `${header}${[...ids].sort(compareIds).join('\n')}\n`);
console.log(`${ids.size} IDs in ${file} (${ids.size - old.length} new).`);
