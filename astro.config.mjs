// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import tailwindcss from '@tailwindcss/vite';

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
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
