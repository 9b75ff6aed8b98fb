// Serves dist/ and drives Debian's Chromium with playwright-core, through the
// shared helpers in scripts/lib/static-site.mjs.
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium as launch, serveDir } from '../../scripts/lib/static-site.mjs';

/** The project root, and the built site the tests read (DIST_DIR, relative to the root, overrides dist/). */
export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');

/** Starts a static server for dist/ (directory URLs serve index.html, unknown paths 404.html). */
export function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  return serveDir(DIST);
}

/** Launches Debian's Chromium headless with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return launch();
}

/**
 * Registers hooks that serve dist/ and launch one Chromium for the test file,
 * closing both afterwards. Read `browser` and `url` inside tests, not at import.
 */
export function useSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
