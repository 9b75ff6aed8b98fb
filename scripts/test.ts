#!/usr/bin/env node
// The whole test suite, in stages: formatting, type check and unit tests side by
// side, then a full build, then the assertions on dist/ and the Chromium tests
// against the built site. Parallel steps print their output when they finish.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

type Step = { label: string; args: string[] };

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (p: string) => resolve('node_modules', p);
const vitest = bin('vitest/vitest.mjs');
const stages: Step[][] = [
  [
    { label: 'format check', args: [bin('prettier/bin/prettier.cjs'), '--check', '.'] },
    { label: 'type check', args: [bin('astro/bin/astro.mjs'), 'check'] },
    { label: 'unit and schema tests', args: [vitest, 'run', '--project', 'unit'] },
  ],
  [{ label: 'build', args: ['scripts/build.ts'] }],
  [
    {
      label: 'build-output and browser tests',
      args: [vitest, 'run', '--project', 'build', '--project', 'e2e'],
    },
  ],
];

/** Runs one step; a step running alone streams its output, parallel ones buffer it. */
function run({ label, args }: Step, alone: boolean): Promise<{ label: string; ok: boolean }> {
  const started = Date.now();
  if (alone) console.log(`\n━━ ${label} ━━`);
  const child = spawn(process.execPath, args, { env, stdio: alone ? 'inherit' : 'pipe' });
  const out: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => out.push(b));
  return new Promise((done) =>
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`\n━━ ${label} (${code === 0 ? 'passed' : 'FAILED'}, ${seconds} s) ━━`);
      if (!alone) process.stdout.write(Buffer.concat(out));
      done({ label, ok: code === 0 });
    }),
  );
}

const t0 = Date.now();
for (const stage of stages) {
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  const failed = results.filter((r) => !r.ok).map((r) => r.label);
  if (failed.length) {
    console.error(`\n✖ failed: ${failed.join(', ')}.`);
    process.exit(1);
  }
}
console.log(`\nAll test stages passed in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
