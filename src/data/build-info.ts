// The one declared build-date field: the date of the commit being built, so
// two builds of the same commit are byte-identical. Falls back to 1970-01-01
// outside a git checkout rather than reading the clock.
import { execFileSync } from 'node:child_process';

function commitDate(): string {
  if (process.env.BUILD_DATE && /^\d{4}-\d{2}-\d{2}$/.test(process.env.BUILD_DATE)) return process.env.BUILD_DATE;
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8' }).trim() || '1970-01-01';
  } catch {
    return '1970-01-01';
  }
}

/** Day of the commit the site was built from (YYYY-MM-DD). */
export const BUILD_DATE = commitDate();
