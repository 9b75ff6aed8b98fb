#!/usr/bin/env node
// The whole test suite: formatting, unit and schema tests and the build start side
// by side; once the build is done, the type check and the tests on dist/ (build
// output, Chromium) run side by side. The type check waits because `astro check`
// and `astro build` both write .astro/. Each step prints its output when it finishes.
// The sweeps of every page and of other builds are `npm run test:sweep`. First, the
// machine gets what the browser tests need (Chromium, a CJK font), or the run stops.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { prepareTestMachine, thisMachine } from './lib/test-machine.ts';

const prepared = prepareTestMachine(thisMachine);
if (!prepared.ok) {
  console.error(prepared.error);
  process.exit(1);
}

type Step = { label: string; args: string[]; after?: string };

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (p: string) => resolve('node_modules', p);
const vitest = bin('vitest/vitest.mjs');
const steps: Step[] = [
  { label: 'format check', args: [bin('prettier/bin/prettier.cjs'), '--check', '.'] },
  { label: 'unit and schema tests', args: [vitest, 'run', '--project', 'unit'] },
  { label: 'build', args: ['scripts/build.ts'] },
  { label: 'type check', args: [bin('astro/bin/astro.mjs'), 'check'], after: 'build' },
  {
    label: 'build-output and browser tests',
    args: [vitest, 'run', '--project', 'build', '--project', 'e2e'],
    after: 'build',
  },
];

/** Runs one step with its output buffered; resolves with whether it passed. */
function run({ label, args }: Step): Promise<boolean> {
  const started = Date.now();
  const child = spawn(process.execPath, args, { env, stdio: 'pipe' });
  const out: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => out.push(b));
  return new Promise((done) =>
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`\n━━ ${label} (${code === 0 ? 'passed' : 'FAILED'}, ${seconds} s) ━━`);
      process.stdout.write(Buffer.concat(out));
      done(code === 0);
    }),
  );
}

const t0 = Date.now();
const results = new Map<string, Promise<boolean>>();
for (const step of steps) {
  const before = step.after ? results.get(step.after)! : Promise.resolve(true);
  // A step whose prerequisite failed does not run, and counts as failed.
  results.set(
    step.label,
    before.then((ok) => ok && run(step)),
  );
}
const failed: string[] = [];
for (const [label, result] of results) if (!(await result)) failed.push(label);
if (failed.length) {
  console.error(`\n✖ failed: ${failed.join(', ')}.`);
  process.exit(1);
}
console.log(`\nAll test steps passed in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
