// Islands without a loader: every page carries one small inline script
// (src/client/bootstrap.ts) that imports the island a click needs from a content-hashed
// file under /_astro/. Astro inlines a <script> only when it imports nothing, so one that
// imported the islands would become a file loaded with every page: esbuild compiles them
// here instead. Astro hashes the injected inline script into each page's CSP <meta>.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/site-url.ts';

const COMMON = {
  bundle: true,
  minify: true,
  write: false,
  target: 'es2022',
  legalComments: 'none',
  charset: 'utf8',
  // ESM output keeps import() as it is (esbuild's IIFE format would route it through a
  // require() shim); the bootstrap's arrow function keeps its names out of the page's globals.
  format: 'esm',
} as const;

/**
 * Compiles the islands (URL path → code) and the bootstrap for a site served at `base`, the
 * same bytes from the same sources. With `fromSource` (`astro dev`), the bootstrap imports
 * the islands' sources, which Vite compiles on request.
 */
export async function buildIslands(root: string, base = '/', fromSource = false) {
  const files = new Map<string, string>();
  const urls: Record<string, string> = {};
  // Each island is a module the bootstrap imports on a click.
  for (const name of ['copy', 'theme']) {
    const entry = `src/client/${name}.ts`;
    if (fromSource) {
      urls[name] = withBase(`/${entry}`, base);
      continue;
    }
    const out = await build({ ...COMMON, entryPoints: [join(root, entry)] });
    const code = out.outputFiles[0].text;
    const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
    urls[name] = withBase(`/_astro/island-${name}.${hash}.js`, base);
    files.set(urls[name], code);
  }
  const boot = await build({
    ...COMMON,
    entryPoints: [join(root, 'src/client/bootstrap.ts')],
    external: Object.values(urls), // the islands stay separate files, imported on demand
    define: {
      __COPY_ISLAND__: JSON.stringify(urls.copy),
      __THEME_ISLAND__: JSON.stringify(urls.theme),
    },
  });
  return { files, urls, bootstrap: `(()=>{${boot.outputFiles[0].text.trim()}})();` };
}

/** Astro integration: injects the bootstrap into every page's <head> and ships the island files. */
export function islands(): AstroIntegration {
  let built: Awaited<ReturnType<typeof buildIslands>>;
  let base = '/';
  return {
    name: 'site-islands',
    hooks: {
      'astro:config:setup': async ({ config, command, injectScript }) => {
        base = withBase('/', config.base);
        built = await buildIslands(fileURLToPath(config.root), base, command === 'dev');
        injectScript('head-inline', built.bootstrap);
      },
      'astro:build:done': ({ dir }) => {
        for (const [url, code] of built.files) {
          // dist/ is the base path's folder: /zt/876/_astro/x.js is written to dist/_astro/x.js.
          const file = join(fileURLToPath(dir), url.slice(base.length));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, code);
        }
      },
    },
  };
}
