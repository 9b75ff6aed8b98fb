// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { entryPath, kindOfId } from './src/lib/kinds.ts';
import { islands } from './src/integrations/islands.ts';
import { readPublishedIds } from './src/lib/published-ids.ts';
import { PLACEHOLDER_SITE, normaliseBase, withBase } from './src/lib/site-url.ts';
import { remarkExplainerRuns } from './src/lib/mdx/explainer-runs.ts';

// The public origin and the sub-path the site is served from (README, "Publishing"); permalinks,
// citations, the feed and the sitemap use them. `npm run build:release` refuses the placeholder.
export const SITE = process.env.SITE_URL || PLACEHOLDER_SITE;
export const BASE = normaliseBase(process.env.BASE_PATH);

/**
 * Old entry URLs that keep working after an ID was renamed (content/redirects.yaml). Astro adds
 * the base path to the old route itself but takes the destination as written, so that gets BASE.
 */
function entryRedirects() {
  return Object.fromEntries(
    readPublishedIds('.').redirects.map(({ from, to }) => {
      const fromKind = kindOfId(from);
      const toKind = kindOfId(to);
      if (!fromKind || !toKind)
        throw new Error(`content/redirects.yaml: cannot tell the kind of ${from} or ${to}`);
      return [entryPath(fromKind, from), withBase(entryPath(toKind, to), BASE)];
    }),
  );
}

export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: 'always',
  // BUILD_OUT_DIR lets scripts/build.ts build into a temporary folder and swap it in whole.
  outDir: process.env.BUILD_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default processor (Sätteri) runs no remark plugins; unified() does, and MDX follows it.
  // remarkExplainerRuns labels an MDX body's 解读 and keeps editors' <Quote> (原文) out of it.
  // No syntax highlighting: Shiki colours code with inline style attributes, which the CSP below refuses.
  markdown: {
    processor: unified({ remarkPlugins: [remarkCjkFriendly, remarkExplainerRuns] }),
    syntaxHighlight: false,
  },
  redirects: entryRedirects(),
  integrations: [
    islands(),
    mdx(),
    sitemap({ filter: (page) => !/\/(search|pillars)\/$/.test(new URL(page).pathname) }),
  ],
  // No modulepreload helper: the search page's lazy chunks are tiny, and the helper would be a large part of its JS.
  vite: {
    plugins: [tailwindcss()],
    build: {
      modulePreload: false,
      rolldownOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler reports
        // once per MDX file as MODULE_LEVEL_DIRECTIVE; Astro reads it before bundling, so it is noise.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  // Every page gets a Content-Security-Policy <meta>: scripts and styles from this origin, plus the
  // hashes of the scripts Astro emits (the injected islands bootstrap, bundled page scripts), which
  // Astro computes itself. No 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind compile its
  // WebAssembly. Policies a <meta> cannot carry (frame-ancestors) are headers in public/_headers.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
