// Serves a built site folder on loopback and launches Debian's Chromium: the one
// implementation the e2e tests (tests/e2e/harness.ts) and the benches share.
// Optionally adds the response headers public/_headers declares, so a test sees
// what a host would send.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

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
  const root = resolve(dir);
  const { headersFile, routes = {}, base = '/' } = options;
  const rules =
    headersFile && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : [];
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not under ${base}`);
      return;
    }
    path = path.slice(base.length - 1);
    if (routes[path]) {
      res.writeHead(200, { 'content-type': routes[path].type }).end(routes[path].body);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    res.writeHead(found ? 200 : 404, {
      ...headersFor(rules, path),
      'content-type': found ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html'],
    });
    createReadStream(found ? file : join(root, '404.html')).pipe(res);
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

/** How to start Debian's Chromium headless on this machine (Playwright cannot download browsers here). */
export const CHROMIUM_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

/** Launches Debian's Chromium with CHROMIUM_OPTIONS. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch(CHROMIUM_OPTIONS);
}
