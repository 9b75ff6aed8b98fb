#!/usr/bin/env node
// The build to publish: like `npm run build`, but it refuses to run while the site's address
// is the placeholder or not an absolute http(s) origin, so no release names the wrong site in
// its permalinks, citations, feed and sitemap. Usage (README, "Publishing"):
//   SITE_URL=https://news.example.cn BASE_PATH=/zt/876/ npm run build:release
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseBase, releaseAddressProblem } from '../src/lib/site-url.ts';

const { SITE_URL, BASE_PATH } = process.env;
const problem = releaseAddressProblem(SITE_URL, BASE_PATH);
if (problem) {
  console.error(`✖ ${problem}`);
  process.exit(1);
}
const base = normaliseBase(BASE_PATH);
const home = new URL(base, SITE_URL).href;
console.log(`Release build for ${home} (SITE_URL=${SITE_URL}, BASE_PATH=${base})`);
const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The sitemap lists every page's absolute address: proof the build used the address above.
const dist = resolve(process.env.DIST_DIR ?? 'dist');
if (!readFileSync(resolve(dist, 'sitemap-0.xml'), 'utf8').includes(`<loc>${home}</loc>`)) {
  console.error(
    `✖ ${dist}/sitemap-0.xml does not list ${home}; the build did not use the address.`,
  );
  process.exit(1);
}
console.log(
  `✓ Built ${dist} for ${home}: upload its contents to that address (README, "Publishing").`,
);
