// Serves a built site folder on loopback and launches Debian's Chromium: the one
// implementation the e2e tests (tests/e2e/harness.ts) and the benches share.
// sirv serves the files; this adds what a static host adds: the response headers
// of a `_headers` file, a 404 page, and publishing under a sub-path.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './test-machine.ts';

/** One block of a `_headers` file: a path pattern and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parses a Netlify / Cloudflare Pages `_headers` file. Indented lines belong to the path above. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) rules.push({ pattern: line, headers: [] });
    else if (line.indexOf(':') > 0 && rules.length) {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
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

/** A running static server: its base URL and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` on a free loopback port: directory URLs serve index.html,
 * unknown paths 404.html with status 404. With `headersFile`, adds the headers
 * it declares; `routes` maps extra paths to in-memory responses; with `base`
 * (e.g. `/zt/876/`), serves the site under that sub-path only, as a host
 * publishing it there would.
 */
export async function serveDir(
  dir: string,
  options: {
    headersFile?: string;
    routes?: Record<string, { type: string; body: string }>;
    base?: string;
  } = {},
): Promise<StaticServer> {
  const { headersFile, routes = {}, base = '/' } = options;
  const rules =
    headersFile && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : [];
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
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** How to start Debian's Chromium (Playwright cannot download browsers here); Playwright adds headless and no-sandbox. */
export const CHROMIUM_OPTIONS = { executablePath: CHROMIUM_PATH, args: ['--disable-gpu'] };

/** Launches Debian's Chromium with CHROMIUM_OPTIONS. */
export const launchChromium = (): Promise<Browser> => chromium.launch(CHROMIUM_OPTIONS);
