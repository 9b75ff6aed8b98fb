// The one declared build-date field: the date of the commit being built, so
// two builds of the same commit are byte-identical. Outside a git checkout (a
// tarball, a copy) it is the newest `updated` day in content/, never the clock.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../lib/content-files.ts';
import { newestUpdated } from '../lib/dates.ts';

function buildDate(): string {
  if (process.env.BUILD_DATE && /^\d{4}-\d{2}-\d{2}$/.test(process.env.BUILD_DATE))
    return process.env.BUILD_DATE;
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  } catch {
    /* not a git checkout */
  }
  return (
    newestUpdated(listContentFiles(process.cwd()).map((f) => readFileSync(f.abs, 'utf8'))) ??
    '1970-01-01'
  );
}

/** Day of the commit the site was built from (YYYY-MM-DD). */
export const BUILD_DATE = buildDate();
