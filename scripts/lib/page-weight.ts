// First-visit weight of built pages, counted from what Chromium fetches, raw and
// gzip, and the budgets.json checks. Used by scripts/bench.ts and
// tests/build/weight.test.ts, so the figures and the guard agree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from 'playwright-core';
import type { DistPage } from './dist-pages.ts';
import { launchChromium, serveDir } from './static-site.ts';

/** gzip level used for every figure: zlib's default, what most static hosts use on the fly. */
export const GZIP_LEVEL = 6;

/** Page types that are "content pages" for the budgets (everything a reader lands on except search). */
export function isContentType(type: string): boolean {
  return type !== 'search' && type !== 'redirect';
}

/** Size in bytes after gzip at GZIP_LEVEL. */
export function gzipBytes(buf: Buffer | string): number {
  return gzipSync(buf, { level: GZIP_LEVEL }).length;
}

/** CSP-style hash of a script or style: `sha256-<base64>`. */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

type Size = { raw: number; gzip: number };
type SizedFile = Size & { path: string };
const sized = (path: string, buf: Buffer): SizedFile => ({
  path,
  raw: buf.length,
  gzip: gzipBytes(buf),
});
const add = (files: Size[]): Size => ({
  raw: files.reduce((a, f) => a + f.raw, 0),
  gzip: files.reduce((a, f) => a + f.gzip, 0),
});

/**
 * What a first visit to each page downloads before it has loaded, as Chromium
 * fetches it from `dist` served on loopback: the HTML, every stylesheet and
 * script (module imports included; an import() waits for a click, so it is
 * not), and the inline scripts the HTML carries. Requests to another host are
 * blocked and listed; same-site requests that fail are listed as missing.
 */
export async function firstVisits(dist: string, pages: DistPage[]): Promise<FirstVisit[]> {
  const [server, browser] = await Promise.all([serveDir(dist), launchChromium()]);
  try {
    const queue = [...pages];
    const visits: FirstVisit[] = [];
    // Two tabs, one per core, each taking the next page.
    const visitor = async () => {
      const tab = await browser.newPage();
      // A routed request never comes from Chromium's cache, so every visit is a first visit.
      await tab.route('**/*', (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
      );
      for (let page; (page = queue.shift());) visits.push(await firstVisit(tab, server.url, page));
    };
    await Promise.all([visitor(), visitor()]);
    return visits;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function firstVisit(tab: Page, origin: string, page: DistPage) {
  const css: SizedFile[] = [];
  const js: SizedFile[] = [];
  const external: string[] = [];
  const missing: string[] = [];
  const bodies: Array<Promise<void>> = [];
  let html: Size = { raw: 0, gzip: 0 };
  const onResponse = (res: Response) => {
    const kind = res.request().resourceType();
    if (!res.url().startsWith(origin)) return;
    const path = decodeURIComponent(new URL(res.url()).pathname.slice(1));
    if (!res.ok()) return void missing.push(path);
    const list = { stylesheet: css, script: js }[kind];
    if (kind === 'document') bodies.push(res.body().then((b) => void (html = sized(path, b))));
    else if (list) bodies.push(res.body().then((b) => void list.push(sized(path, b))));
  };
  const onFailed = (req: Request) =>
    req.failure()?.errorText === 'net::ERR_ABORTED' // cancelled by the next visit
      ? undefined
      : req.url().startsWith(origin)
        ? missing.push(new URL(req.url()).pathname.slice(1))
        : external.push(req.url());
  tab.on('response', onResponse);
  tab.on('requestfailed', onFailed);
  await tab.goto(origin + page.url, { waitUntil: 'load' });
  await Promise.all(bodies);
  tab.off('response', onResponse);
  tab.off('requestfailed', onFailed);
  const inline = (
    await tab.$$eval('script:not([src])', (scripts) =>
      scripts.map((s) => ({
        type: (s.getAttribute('type') ?? '').toLowerCase(),
        code: s.textContent ?? '',
      })),
    )
  )
    // JSON-LD and other data blocks do not run.
    .filter((s) => !s.type || s.type === 'module' || /javascript|ecmascript/.test(s.type))
    .map((s) => ({
      bytes: Buffer.byteLength(s.code),
      sha256: sha256(s.code),
      module: s.type === 'module',
      head: s.code.slice(0, 60),
    }));
  const byPath = (a: SizedFile, b: SizedFile) => a.path.localeCompare(b.path);
  return {
    url: page.url,
    type: page.type,
    html,
    css: { files: css.sort(byPath), ...add(css) },
    js: { files: js.sort(byPath), ...add(js) },
    inlineJs: { raw: inline.reduce((a, s) => a + s.bytes, 0), scripts: inline },
    external,
    missing,
    total: add([html, add(css), add(js)]),
  };
}

/** The limits budgets.json sets for one page type. */
export interface Budget {
  firstVisitGzipMax?: number;
  externalJsGzipMax?: number;
  inlineJsMax?: number;
  inlineScriptsMustBeDeclared?: boolean;
}
/** An inline script budgets.json allows: the bootstrap the islands integration compiles. */
export interface DeclaredScript {
  name: string;
  maxBytes: number;
  builtBy: 'islands-bootstrap';
}
/** budgets.json. */
export interface Budgets {
  contentPages: Budget;
  types?: Record<string, Budget>;
  declaredInlineScripts?: DeclaredScript[];
}
/** What a first visit to one page downloads (see firstVisit). */
export type FirstVisit = Awaited<ReturnType<typeof firstVisit>>;

/** Loads budgets.json from the project root. */
export const readBudgets = (root: string): Budgets =>
  JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));

/** The budget that applies to a page type: the type's own entry over the defaults for its group. */
export function budgetFor(budgets: Budgets, type: string): Budget {
  const base: Budget = isContentType(type) ? budgets.contentPages : {};
  return { ...base, ...(budgets.types?.[type] ?? {}) };
}

/**
 * The inline scripts budgets.json declares, by CSP hash. The one kind there is,
 * `builtBy: "islands-bootstrap"`, is the script src/integrations/islands.ts injects
 * into every page, compiled afresh here so the hash always matches the current sources.
 */
export async function declaredInlineScripts(
  budgets: Budgets,
  root: string,
): Promise<Map<string, DeclaredScript>> {
  const out = new Map<string, DeclaredScript>();
  for (const d of budgets.declaredInlineScripts ?? []) {
    if (d.builtBy !== 'islands-bootstrap')
      throw new Error(`budgets.json: declared inline script "${d.name}" needs builtBy`);
    const { buildIslands } = await import('../../src/integrations/islands.ts');
    out.set(sha256((await buildIslands(root)).bootstrap), d);
  }
  return out;
}

/**
 * Checks one page's first visit against budgets.json. Returns a list of
 * problems (empty when within budget), each a readable sentence. `declared`
 * comes from declaredInlineScripts().
 */
export function checkBudget(
  budgets: Budgets,
  fv: FirstVisit,
  declared = new Map<string, DeclaredScript>(),
): string[] {
  const b = budgetFor(budgets, fv.type);
  const problems: string[] = [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (fv.external.length)
    problems.push(`loads from another host at page load: ${fv.external.join(', ')}`);
  if (fv.missing.length)
    problems.push(`references files missing from dist: ${fv.missing.join(', ')}`);
  if (b.firstVisitGzipMax !== undefined && fv.total.gzip > b.firstVisitGzipMax) {
    problems.push(
      `first visit is ${kb(fv.total.gzip)} gzip, budget ${kb(b.firstVisitGzipMax)} (HTML ${kb(fv.html.gzip)}, CSS ${kb(fv.css.gzip)}, JS ${kb(fv.js.gzip)})`,
    );
  }
  if (b.externalJsGzipMax !== undefined && fv.js.gzip > b.externalJsGzipMax) {
    const names = fv.js.files.map((f) => `${f.path} (${f.gzip} B gzip)`);
    problems.push(
      `loads ${fv.js.gzip} B gzip of JS at page load, budget ${b.externalJsGzipMax} B: ${names.join(', ')}`,
    );
  }
  if (b.inlineJsMax !== undefined && fv.inlineJs.raw > b.inlineJsMax)
    problems.push(`has ${fv.inlineJs.raw} B of inline script, budget ${b.inlineJsMax} B`);
  if (b.inlineScriptsMustBeDeclared) {
    for (const s of fv.inlineJs.scripts) {
      const d = declared.get(s.sha256);
      if (!d)
        problems.push(
          `has an undeclared inline script (${s.bytes} B, ${s.sha256}, starts "${s.head}"); move it into a file or declare it in budgets.json declaredInlineScripts`,
        );
      else if (s.bytes > d.maxBytes)
        problems.push(`inline script "${d.name}" is ${s.bytes} B, declared max ${d.maxBytes} B`);
    }
  }
  return problems;
}
