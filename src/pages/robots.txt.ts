// robots.txt: everything may be crawled except the search results page (it has
// noindex too), and crawlers are pointed at the sitemap. A host serves robots.txt only from
// the root of its origin: under a base path, merge these lines into the origin's robots.txt.
import type { APIRoute } from 'astro';
import { withBase } from '../lib/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: ${withBase('/search/')}\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`,
  );
