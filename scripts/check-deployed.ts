#!/usr/bin/env node
// Checks a published copy of the site over HTTP, without a browser (README,
// `npm run check:deployed`): prints what is wrong and exits 1 when anything is.
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor-x';

/** What every Pagefind file starts with once unpacked. */
const SIGNATURE = 'pagefind_dcd';

const arg = process.argv[2];
if (!arg || !URL.canParse(arg)) {
  console.error('Usage: npm run check:deployed -- https://host/base/');
  process.exit(2);
}
const home = new URL(arg.endsWith('/') ? arg : `${arg}/`);
const problems: string[] = [];
const checked = new Map<string, Promise<Response | undefined>>();

/** Content types a host must send, by file extension ('' is a page). */
const TYPES: Record<string, RegExp> = {
  '': /^text\/html/,
  css: /^text\/css/,
  js: /^(text|application)\/javascript/,
  json: /^application\/json/,
  csv: /^text\/csv/,
  xml: /^(application|text)\/(rss\+)?xml/,
  svg: /^image\/svg\+xml/,
  txt: /^text\/plain/,
  wasm: /^application\/wasm/,
  // Pagefind's own files (.pagefind, .pf_meta, .pf_index, …) are gzip data it unpacks itself:
  // a host must send them as bytes and must not mark them as encoded.
  pagefind: /^application\/octet-stream/,
};

/** Fetches a URL once, recording a problem for a wrong status, content type or encoding. */
function check(url: URL, expectStatus = 200): Promise<Response | undefined> {
  const key = url.href.split('#')[0];
  if (!checked.has(key)) checked.set(key, fetchChecked(key, expectStatus));
  return checked.get(key)!;
}

async function fetchChecked(key: string, expectStatus: number) {
  const res = await fetch(key, { headers: { 'accept-encoding': 'gzip, br' } }).catch(
    (err: Error) => void problems.push(`${key}: cannot fetch (${err.message})`),
  );
  if (!res) return undefined;
  const type = res.headers.get('content-type') ?? '(none)';
  const found = /\.(\w+)$/.exec(new URL(res.url).pathname)?.[1] ?? '';
  const ext = found.startsWith('pf_') ? 'pagefind' : found;
  if (res.status !== expectStatus) problems.push(`${key}: status ${res.status}`);
  else if (TYPES[ext] && !TYPES[ext].test(type)) problems.push(`${key}: content-type ${type}`);
  else if (found.startsWith('pf_') && res.headers.get('content-encoding'))
    problems.push(`${key}: content-encoding ${res.headers.get('content-encoding')}`);
  return res;
}

/** Runs `work` over `items`, a few at a time, so a small host is not flooded. */
async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>, size = 8) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(work));
}

/** A sitemap's addresses, which must be under the one checked (a loopback copy's may differ). */
async function sitemapLocs(url: URL): Promise<URL[]> {
  const res = await check(url);
  const xml = res?.ok ? await res.text() : '';
  const loopback = /^(localhost|127\.|\[::1\])/.test(home.hostname);
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) => {
    const at = new URL(loc);
    if ((at.origin === home.origin || loopback) && at.pathname.startsWith(home.pathname))
      return [new URL(at.pathname, home)];
    problems.push(`sitemap: ${loc} is not under ${home.href}`);
    return [];
  });
}

/** Checks a page: HTML, a CSP <meta>, and every same-site link or asset it names. */
async function checkPage(page: URL): Promise<URL[]> {
  const res = await check(page);
  if (!res?.ok) return [];
  const html = await res.text();
  if (!/<meta http-equiv="content-security-policy"/i.test(html))
    problems.push(`${page.href}: no Content-Security-Policy <meta>`);
  // Attributes, and the islands the inline script imports.
  const refs = html.matchAll(/\s(?:href|src|action)="([^"]*)"|import\("([^"]+)"\)/g);
  const links: URL[] = [];
  for (const [, attribute, island] of refs) {
    const ref = attribute ?? island;
    if (ref.startsWith('#') || /^(mailto|tel|data):/.test(ref)) continue;
    const url = new URL(ref.replaceAll('&amp;', '&'), page);
    if (url.origin !== home.origin) continue;
    if (!url.pathname.startsWith(home.pathname))
      problems.push(`${page.href}: link ${ref} leaves the base path ${home.pathname}`);
    else links.push(url);
  }
  return links;
}

/** Fetches Pagefind's entry, metadata, WebAssembly, one index chunk and one page fragment. */
async function checkSearch(): Promise<void> {
  const bundle = new URL('pagefind/', home);
  const entryRes = await check(new URL('pagefind-entry.json', bundle));
  await check(new URL('pagefind.js', bundle));
  if (!entryRes?.ok) return;
  const entry = (await entryRes.json()) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  for (const lang of Object.values(entry.languages)) {
    await check(new URL(`wasm.${lang.wasm ?? 'unknown'}.pagefind`, bundle));
    const metaRes = await check(new URL(`pagefind.${lang.hash}.pf_meta`, bundle));
    if (!metaRes?.ok) continue;
    // Pagefind's files are gzip of a signature and the data. The metadata is CBOR:
    // [version, pages [[hash, word count, …]], index chunks [[first, last word, hash]], …].
    const unpacked = (res: Response) =>
      res.arrayBuffer().then((b) => gunzipSync(Buffer.from(b)).subarray(SIGNATURE.length));
    const [, pages, chunks] = decode(await unpacked(metaRes)) as string[][][];
    const [page, chunk] = [pages?.[0]?.[0], chunks?.[0]?.[2]];
    if (!page || !chunk) {
      problems.push(`${metaRes.url}: no page or index chunk listed`);
      continue;
    }
    await check(new URL(`index/${chunk}.pf_index`, bundle));
    const fragRes = await check(new URL(`fragment/${page}.pf_fragment`, bundle));
    if (!fragRes?.ok) continue;
    const { url } = JSON.parse((await unpacked(fragRes)).toString('utf8')) as { url: string };
    // Pagefind stores root-relative URLs; the search page adds the base path to them.
    await check(new URL(url.replace(/^\//, ''), home));
  }
}

const sitemaps = await sitemapLocs(new URL('sitemap-index.xml', home));
const pages = (await Promise.all(sitemaps.map(sitemapLocs))).flat();
if (!pages.length) problems.push('sitemap: no pages listed');
// Two pages per section (its list and an entry), plus the search page, outside the sitemap.
const bySection = Map.groupBy(pages, (p) => p.pathname.slice(home.pathname.length).split('/')[0]);
const sample = [
  ...[...bySection.values()].flatMap((list) => list.slice(0, 2)),
  new URL('search/', home),
];
const links: URL[] = [];
await inBatches(sample, async (p) => links.push(...(await checkPage(p))));
// check() fetches each URL once. Only the status and type matter here: drop the bodies.
await inBatches(links, async (u) => (await check(u))?.body?.cancel().catch(() => {}));
await checkSearch();
await check(new URL(`no-such-page-${Date.now()}/`, home), 404);

console.log(
  `Checked ${home.href}: ${pages.length} pages in the sitemap, ${sample.length} sampled, ${checked.size} URLs fetched.`,
);
if (problems.length) {
  console.error(
    `\n✖ ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('✓ No problems found.');
