// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { entryPath, kindOfId } from './src/lib/ids.ts';

/** Old entry URLs that keep working after an ID was renamed (content/redirects.yaml). */
function entryRedirects() {
  /** @type {Array<{from: string, to: string}>} */
  const list = parseYaml(readFileSync('./content/redirects.yaml', 'utf8')) ?? [];
  return Object.fromEntries(
    list.map(({ from, to }) => {
      const fromKind = kindOfId(from);
      const toKind = kindOfId(to);
      if (!fromKind || !toKind) throw new Error(`content/redirects.yaml: cannot tell the kind of ${from} or ${to}`);
      return [entryPath(fromKind, from), entryPath(toKind, to)];
    }),
  );
}

// The public address the site is served from; permalinks and citations use it.
export const SITE = process.env.SITE_URL ?? 'https://zhenjiang-plan.example.org';

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // BUILD_OUT_DIR lets scripts/build.mjs build into a temporary folder and swap it in whole.
  outDir: process.env.BUILD_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default processor (Sätteri) runs no remark plugins; unified() does, and MDX follows it.
  markdown: { processor: unified({ remarkPlugins: [remarkCjkFriendly] }) },
  redirects: entryRedirects(),
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(search|pillars)\/$/.test(new URL(page).pathname) })],
  // No modulepreload helper: the few lazy chunks are tiny, and the helper would be most of the page's JS.
  vite: { plugins: [tailwindcss()], build: { modulePreload: false } },
  devToolbar: { enabled: false },
});
