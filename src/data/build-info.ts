// The one declared build-date field: the date of the commit being built, so
// two builds of the same commit are byte-identical. Outside a git checkout (a
// tarball, a copy) it is the newest `updated` day in content/, never the clock.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../lib/content-files.ts';
import { newestUpdated } from '../lib/dates.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function buildDate(): string {
  const fromEnv = process.env.BUILD_DATE;
  if (fromEnv && DAY.test(fromEnv)) return fromEnv;
  // Without git (or outside a checkout) stdout is empty or null, and the content decides.
  const commitDay = spawnSync('git', ['log', '-1', '--format=%cs'], {
    encoding: 'utf8',
  }).stdout?.trim();
  if (commitDay && DAY.test(commitDay)) return commitDay;
  return (
    newestUpdated(listContentFiles(process.cwd()).map((f) => readFileSync(f.abs, 'utf8'))) ??
    '1970-01-01'
  );
}

/** Day of the commit the site was built from (YYYY-MM-DD). */
export const BUILD_DATE = buildDate();
