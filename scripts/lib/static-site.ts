// Serves a built site on loopback for the browser tests and the benches, and launches
// Chromium. sirv serves the files; this adds what a static host adds: the headers of a
// `_headers` file, a 404 page, and publishing under a sub-path.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './test-machine.ts';

/**
 * The headers a host sends for a path, from a Netlify / Cloudflare Pages `_headers` file
 * (indented lines belong to the path pattern above them). Like both hosts, every rule whose
 * pattern (`/*`, `/_astro/*`, `/search/`) matches applies; a header set by two rules is
 * joined with ", " (for CSP: two policies, both enforced).
 */
export function hostHeaders(file: string): (path: string) => Record<string, string> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const header = /^\s+([^\s:#][^:]*):(.*)$/.exec(line);
    const path = /^[^\s#]\S*/.exec(line)?.[0];
    if (header) rules.at(-1)?.headers.push([header[1].trim().toLowerCase(), header[2].trim()]);
    else if (path) {
      const glob = path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
      rules.push({ pattern: new RegExp(`^${glob.join('.*')}$`), headers: [] });
    }
  }
  return (path) => {
    const out: Record<string, string> = {};
    for (const { headers } of rules.filter((r) => r.pattern.test(path)))
      for (const [name, value] of headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
    return out;
  };
}

/**
 * Serves `dir` on a free loopback port, unknown paths as 404.html; `routes` adds in-memory
 * responses; with `base` (e.g. `/zt/876/`), serves the site under that sub-path only.
 */
export async function serveDir(
  dir: string,
  options: {
    headersFile?: string;
    routes?: Record<string, { type: string; body: string }>;
    base?: string;
  } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const { headersFile, routes = {}, base = '/' } = options;
  const headersFor = headersFile ? hostHeaders(headersFile) : (): Record<string, string> => ({});
  const files = sirv(dir, {
    // Files without a registered type (Pagefind's own) go out as bytes, as hosts send them.
    setHeaders: (res, path) =>
      /\.[^/.]+$/.test(path) &&
      !lookup(path) &&
      res.setHeader('content-type', 'application/octet-stream'),
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(join(dir, '404.html')).pipe(res);
    },
  });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(base))
      return res.writeHead(404, { 'content-type': 'text/plain' }).end(`not under ${base}`);
    req.url = req.url!.slice(base.length - 1);
    let sitePath: string;
    try {
      sitePath = decodeURIComponent(path.slice(base.length - 1));
    } catch {
      return res.writeHead(400).end();
    }
    for (const [name, value] of Object.entries(headersFor(sitePath))) res.setHeader(name, value);
    const route = routes[sitePath];
    if (route) return res.writeHead(200, { 'content-type': route.type }).end(route.body);
    files(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return server[Symbol.asyncDispose]();
    },
  };
}

export type StaticServer = Awaited<ReturnType<typeof serveDir>>;

/** Debian's Chromium (Playwright cannot download browsers here); Playwright adds headless and no-sandbox. */
export const CHROMIUM_OPTIONS = { executablePath: CHROMIUM_PATH, args: ['--disable-gpu'] };

export const launchChromium = (): Promise<Browser> => chromium.launch(CHROMIUM_OPTIONS);
