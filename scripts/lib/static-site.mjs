// Serves a built site folder on loopback and launches Debian's Chromium: the one
// implementation the e2e tests (tests/e2e/harness.ts), the benches and the audit
// tests share. Optionally adds the response headers public/_headers declares, so a
// test sees what a host would send.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Parses a Netlify / Cloudflare Pages `_headers` file into rules
 * [{ pattern, headers: [[name, value]] }]. Indented lines belong to the path above.
 */
export function parseHeadersFile(text) {
  /** @type {Array<{ pattern: string, headers: Array<[string, string]> }>} */
  const rules = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const line = raw.trim();
    const i = line.indexOf(':');
    if (i > 0 && rules.length)
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/_astro/*`, `/search/`) matches a URL path. */
export function headerPatternMatches(pattern, path) {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/**
 * The headers a host would send for `path` under the given rules. Like
 * Cloudflare Pages and Netlify, every matching rule applies; a header set by
 * two rules is joined with ", " (for CSP that means two policies, both enforced).
 * @param {Array<{ pattern: string, headers: Array<[string, string]> }>} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!headerPatternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/**
 * Serves `dir` on a free loopback port: directory URLs serve index.html,
 * unknown paths 404.html. With `headersFile`, adds the headers it declares;
 * `routes` maps extra paths to in-memory responses `{ type, body }`.
 * @param {string} dir
 * @param {{ headersFile?: string, routes?: Record<string, { type: string, body: string }> }} [options]
 */
export async function serveDir(dir, { headersFile, routes = {} } = {}) {
  const root = resolve(dir);
  const rules =
    headersFile && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : [];
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (routes[path]) {
      res.writeHead(200, { 'content-type': routes[path].type });
      res.end(routes[path].body);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const extra = headersFor(rules, path);
    if (!existsSync(file)) {
      res.writeHead(404, { ...extra, 'content-type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, {
      ...extra,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

/** Launches Debian's Chromium headless with the flags this machine needs (Playwright cannot download browsers here). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
