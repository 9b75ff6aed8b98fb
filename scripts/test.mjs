#!/usr/bin/env node
// The whole test suite, in layers: unit and schema tests, then a full build,
// then assertions on dist/ and the Chromium tests against the built site.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const vitest = resolve('node_modules/vitest/vitest.mjs');
const steps = [
  ['type check', [resolve('node_modules/astro/bin/astro.mjs'), 'check']],
  ['unit and schema tests', [vitest, 'run', '--project', 'unit']],
  ['build', ['scripts/build.mjs']],
  ['build-output and browser tests', [vitest, 'run', '--project', 'build', '--project', 'e2e']],
];
const t0 = Date.now();
for (const [label, args] of steps) {
  console.log(`\n━━ ${label} ━━`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\nAll test layers passed in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
