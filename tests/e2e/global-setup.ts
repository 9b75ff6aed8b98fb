// Started once per Vitest run for every browser test file: one static server for
// the built site (with the headers of `_headers`, as a host would send them) and
// one Chromium that the files connect to, instead of one of each per file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_OPTIONS, serveDir } from '../../scripts/lib/static-site.ts';
import { prepareTestMachine, thisMachine } from '../../scripts/lib/test-machine.ts';
import { assertChineseGlyphs } from './cjk-glyphs.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the static server for DIST. */
    siteUrl: string;
    /** Where to connect to the shared Chromium. */
    chromiumEndpoint: string;
  }
}

/** The project root, and the built site the tests read (DIST_DIR, relative to the root, overrides dist/). */
export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');
/** The `_headers` file a host would apply: the built copy, else the source. */
export const HEADERS_FILE = existsSync(join(DIST, '_headers'))
  ? join(DIST, '_headers')
  : join(ROOT, 'public/_headers');

/** Starts the server and the browser, provides their addresses, and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // `npm test` prepared the machine already; `npm run test:sweep` and the like start here.
  const error = prepareTestMachine(thisMachine);
  if (error) throw new Error(error);
  const [server, browser] = await Promise.all([
    serveDir(DIST, { headersFile: HEADERS_FILE }),
    chromium.launchServer(CHROMIUM_OPTIONS),
  ]);
  const probe = await chromium.connect(browser.wsEndpoint());
  try {
    await assertChineseGlyphs(probe);
  } catch (error) {
    await Promise.all([browser.close(), server.close()]);
    throw error;
  } finally {
    await probe.close();
  }
  project.provide('siteUrl', server.url);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
