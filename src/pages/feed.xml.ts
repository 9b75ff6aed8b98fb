// RSS feed of entry updates, newest first. Dates come from the content, not the clock.
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getPlan } from '../data/load.ts';
import { listUpdates } from '../lib/updates.ts';
import { SITE_NAME } from '../lib/site.ts';
import { withBase } from '../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const items = listUpdates((await getPlan()).all).flatMap((d) =>
    d.entries.map((e) => ({
      title: `${e.id} ${e.title}`,
      link: e.href,
      pubDate: new Date(`${d.date}T00:00:00Z`),
      description: e.summary,
      categories: [e.label],
    })),
  );
  return rss({
    title: `${SITE_NAME} · 更新`,
    description: `${SITE_NAME}的条目更新记录`,
    // The channel's link is the site's home page, under the base path; items' links already are.
    site: new URL(withBase('/'), site).href,
    items: items.slice(0, 50),
    customData: '<language>zh-cn</language>',
  });
};
