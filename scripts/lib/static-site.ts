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

export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parses a Netlify / Cloudflare Pages `_headers` file. Indented lines belong to the path above. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const colon = line.indexOf(':');
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) rules.push({ pattern: line, headers: [] });
    else if (colon > 0)
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a host would send for `path`. Like Cloudflare Pages and Netlify,
 * every rule whose pattern (`/*`, `/_astro/*`, `/search/`) matches applies; a
 * header set by two rules is joined with ", " (for CSP: two policies, both enforced).
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const glob = pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    if (!new RegExp(`^${glob.join('.*')}$`).test(path)) continue;
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
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
  const rules = headersFile ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
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
    for (const [name, value] of Object.entries(headersFor(rules, sitePath)))
      res.setHeader(name, value);
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
