#!/usr/bin/env node
// Measurements of the built site (README, `npm run bench`). Prints figures; never fails on
// them. Every build runs on a snapshot copy of the working tree, so the figures neither
// depend on nor disturb edits and builds in the real tree meanwhile.
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildProject, copyProject, removeCopy } from './lib/project-copy.ts';
import { listPages, walk } from './lib/dist-pages.ts';
import { addSyntheticEntries } from './lib/bench-synth.ts';
import { launchChromium } from './lib/static-site.ts';
import { byPart, firstSearch, heading, kb, secs, stageTimes, weight } from './lib/bench-measure.ts';
import { sum } from './lib/page-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    only: { type: 'string', default: 'weight,scale,repro' }, // comma-separated
    sizes: { type: 'string', default: '250,500,1000,2000' }, // synthetic entries for (b)
    dist: { type: 'string' }, // (a) on an existing build instead of a fresh one
    keep: { type: 'boolean', default: false }, // keep the temporary copies
  },
});
const sections = new Set(opts.only.split(',').map((s) => s.trim()));
const sizes = opts.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

type Build = ReturnType<typeof buildProject> & { dist: string };

function mustBuild(dir: string, dist: string, label: string): Build | undefined {
  process.stdout.write(`  building ${label} … `);
  const r = buildProject(dir, dist);
  if (!r.ok) {
    console.log('FAILED');
    console.log(
      r.out
        .split('\n')
        .filter((l) => !/[├└]─/.test(l))
        .slice(-40)
        .join('\n'),
    );
    return undefined;
  }
  console.log(secs(r.ms));
  return { ...r, dist: join(dir, dist) };
}

const copies: string[] = [];

async function scale(snapshot: string, baseBuild?: Build) {
  heading('(b) Scale: synthetic entries added to a copy, built with scripts/build.ts');
  const browser = await launchChromium();
  const rows: Record<string, Record<string, string | number>> = {};
  const details: string[] = [];
  const measure = async (label: string, n: number, r: Build, alloc: string) => {
    const st = stageTimes(r.out);
    const html = listPages(r.dist).length;
    const pagefind = walk(join(r.dist, 'pagefind'));
    const s = await firstSearch(browser, r.dist);
    rows[label] = {
      added: n,
      'HTML pages': html,
      build: secs(r.ms),
      check: secs(st.check),
      astro: secs(st.astro),
      'pagefind+swap': secs(r.ms - st.check - st.astro),
      'per page': `${(r.ms / html).toFixed(1)} ms`,
      'pagefind dir': kb(pagefind.reduce((a, f) => a + statSync(f).size, 0)),
      files: pagefind.length,
      'first search': kb(sum(s.files, 'raw')),
      'search gz': kb(sum(s.files, 'gzip')),
      requests: s.files.length,
      fragments: s.fragmentCount,
      results: Number.isNaN(s.results) ? '?' : s.results,
    };
    if (Number.isNaN(s.results))
      details.push(
        `${label}: ⚠ the search page showed no results, so its first-search figures are of a failed search`,
      );
    details.push(
      `${label}: ${alloc}; first search: ${Object.entries(byPart(s.files, 'raw'))
        .map(([k, v]) => `${k} ${kb(v)}${k === 'fragments' ? ` (${s.fragmentCount})` : ''}`)
        .join(', ')}`,
    );
  };
  try {
    if (baseBuild) await measure('base', 0, baseBuild, 'the content as it is');
    for (const n of sizes) {
      const dir = copyProject(snapshot, { prefix: `zj-bench-n${n}-`, modulesFrom: ROOT });
      copies.push(dir);
      const desc = addSyntheticEntries(dir, n);
      console.log(`  N=${n}: ${desc}`);
      const r = mustBuild(dir, 'dist', `N=${n}`);
      if (r) await measure(`+${n}`, n, r, desc);
      else rows[`+${n}`] = { added: n, 'HTML pages': 'build failed' };
    }
  } finally {
    await browser.close();
  }
  console.log('');
  console.table(rows);
  console.log(
    '\nfirst search = bytes fetched from /pagefind/ for /search/?q=镇江 in a fresh Chromium profile (fragments/index are already gzip-compressed by Pagefind); "search gz" counts pagefind.js/entry.json as a host would gzip them.',
  );
  for (const d of details) console.log(`  ${d}`);
  console.log(
    'Note: no ID-numbered collection allows 1,000 entries (terms GL00–GL99, measures M01–M99, statements Q1–Q99, targets G1–G99, industries E/F/T 1–99); beyond the free term IDs the synthetic entries are sources (src-synth-…), one page each.',
  );
}

/** Prints whether two builds hold the same files byte for byte, and where they differ. */
function compareBuilds(label: string, a: string, b: string) {
  const files = (d: string) => new Set(walk(d).map((f) => relative(d, f)));
  const [inA, inB] = [files(a), files(b)];
  const onlyA = [...inA.difference(inB)].sort();
  const onlyB = [...inB.difference(inA)].sort();
  const read = (f: string) => [readFileSync(join(a, f)), readFileSync(join(b, f))] as const;
  const differ = [...inA.intersection(inB)].filter((f) => Buffer.compare(...read(f)) !== 0).sort();
  const same = !onlyA.length && !onlyB.length && !differ.length;
  console.log(
    `\n${label}: ${inA.size} files — ${same ? 'byte-identical ✓' : `${differ.length} differ, ${onlyA.length} only in the first, ${onlyB.length} only in the second`}`,
  );
  for (const f of onlyA.slice(0, 20)) console.log(`  only in first:  ${f}`);
  for (const f of onlyB.slice(0, 20)) console.log(`  only in second: ${f}`);
  for (const f of differ.slice(0, 25)) {
    const [x, y] = read(f);
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const around = (buf: Buffer) =>
      JSON.stringify(buf.subarray(Math.max(0, i - 30), i + 50).toString('utf8'));
    console.log(
      `  differs: ${f} (${x.length} vs ${y.length} B, first difference at byte ${i})\n      first:  ${around(x)}\n      second: ${around(y)}`,
    );
  }
  if (differ.length > 25) console.log(`  … and ${differ.length - 25} more`);
}

async function repro(snapshot: string, baseBuild?: Build) {
  heading('(c) Reproducibility: the same snapshot built again, byte for byte');
  const again = mustBuild(
    snapshot,
    '.bench/dist-b',
    'second build, same folder (warm Astro cache)',
  );
  const other = copyProject(snapshot, { prefix: 'zj-bench-repro-', modulesFrom: ROOT });
  copies.push(other);
  const third = mustBuild(other, 'dist', `third build from a second copy at ${other} (cold cache)`);
  if (baseBuild && again)
    compareBuilds('build 1 vs build 2 (same folder)', baseBuild.dist, again.dist);
  if (baseBuild && third)
    compareBuilds('build 1 vs build 3 (another path)', baseBuild.dist, third.dist);
  console.log(
    "\nBuilds go to .bench/ (gitignored): Tailwind v4 scans every file of the project that .gitignore does not exclude, so an earlier build in a non-ignored folder (e.g. DIST_DIR=dist-a) adds utilities found in its Pagefind JS to the next build's CSS.",
  );
  console.log(
    "BUILD_DATE: the copies are not git checkouts, so every build takes build-info.ts's fallback, the newest `updated` day in content/ (unless BUILD_DATE is set); the same snapshot therefore builds the same date in all three.",
  );
}

const t0 = Date.now();
console.log(`Bench of ${ROOT} — Node ${process.version}, ${new Date().toISOString()}`);
try {
  if (opts.dist && sections.size === 1 && sections.has('weight')) {
    await weight(resolve(opts.dist));
  } else {
    const snapshot = copyProject(ROOT, { prefix: 'zj-bench-snap-' });
    copies.push(snapshot);
    console.log(`Snapshot of the working tree: ${snapshot}`);
    const baseBuild = mustBuild(snapshot, '.bench/dist-a', 'base');
    if (sections.has('weight')) {
      if (opts.dist) await weight(resolve(opts.dist));
      else if (baseBuild) await weight(baseBuild.dist);
    }
    if (sections.has('scale')) await scale(snapshot, baseBuild);
    if (sections.has('repro')) await repro(snapshot, baseBuild);
  }
} catch (err) {
  console.error('\nbench error (figures above are still valid):', err);
} finally {
  if (!opts.keep)
    for (const c of copies)
      try {
        removeCopy(c);
      } catch (e) {
        // One copy that cannot be removed must not leave the others behind.
        console.error(String(e));
      }
  else if (copies.length) console.log(`\nKept: ${copies.join(' ')}`);
}
console.log(`\nBench finished in ${secs(Date.now() - t0)}.`);
