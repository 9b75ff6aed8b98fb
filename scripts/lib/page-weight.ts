// What Chromium fetches for a page, raw and gzip, and the budgets.json checks on first
// visits. Used by the benches and tests/build/weight.test.ts, so the figures and the
// guard agree.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response, Route } from 'playwright-core';
import type { DistPage } from './dist-pages.ts';
import { launchChromium, serveDir } from './static-site.ts';
import { buildIslands } from '../../src/integrations/islands.ts';
import budgets from '../../budgets.json' with { type: 'json' };

export { budgets };

/** zlib's default, what most static hosts use on the fly. */
export const GZIP_LEVEL = 6;

/** Every page type a reader lands on except search. */
export const isContentType = (type: string) => type !== 'search' && type !== 'redirect';

export const gzipBytes = (buf: Buffer | string) => gzipSync(buf, { level: GZIP_LEVEL }).length;

const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** A file a tab fetched, with Chromium's resource type. */
export type Fetched = { path: string; type: string; raw: number; gzip: number };
export const sum = (files: Fetched[], size: 'raw' | 'gzip') =>
  files.reduce((a, f) => a + f[size], 0);

/**
 * Every file `tab` fetches while `act` runs, each a first fetch: a routed request never
 * comes from Chromium's cache. Requests to another host are refused and listed as
 * `external`, same-site requests that fail as `missing`. A file gzip does not shrink
 * (Pagefind's own are gzip data already) counts at its size.
 */
export async function fetchedBy(tab: Page, origin: string, act: () => Promise<unknown>) {
  const bodies: Array<Promise<Fetched | undefined>> = [];
  const external: string[] = [];
  const missing: string[] = [];
  const onResponse = (res: Response) => {
    const path = decodeURIComponent(new URL(res.url()).pathname);
    if (!res.ok()) return void missing.push(path);
    const sized = (body: Buffer) => ({
      path,
      type: res.request().resourceType(),
      raw: body.length,
      gzip: Math.min(body.length, gzipBytes(body)),
    });
    bodies.push(res.body().then(sized, () => undefined)); // redirects have no body
  };
  const onFailed = (req: Request) => {
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return; // cancelled, not failed
    if (req.url().startsWith(origin)) missing.push(new URL(req.url()).pathname);
    else external.push(req.url());
  };
  const route = (r: Route) => (r.request().url().startsWith(origin) ? r.continue() : r.abort());
  await tab.route('**/*', route);
  tab.on('response', onResponse);
  tab.on('requestfailed', onFailed);
  try {
    await act();
    const files = (await Promise.all(bodies)).filter((f) => f !== undefined);
    return { files, external, missing };
  } finally {
    tab.off('response', onResponse);
    tab.off('requestfailed', onFailed);
    await tab.unroute('**/*', route);
  }
}

/**
 * What a first visit to each page downloads before it has loaded, as Chromium fetches it
 * from `dist` served on loopback: the HTML, every stylesheet and script (module imports
 * included; an import() waits for a click, so it is not), and the inline scripts the HTML
 * carries.
 */
export async function firstVisits(dist: string, pages: DistPage[]): Promise<FirstVisit[]> {
  const [server, browser] = await Promise.all([serveDir(dist), launchChromium()]);
  try {
    const queue = [...pages];
    const visits: FirstVisit[] = [];
    // Two tabs, one per core, each taking the next page.
    const visitor = async () => {
      const tab = await browser.newPage();
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
  const { files, external, missing } = await fetchedBy(tab, origin, () =>
    tab.goto(origin + page.url, { waitUntil: 'load' }),
  );
  const inline = await tab
    .locator('script:not([src])')
    .evaluateAll((scripts: HTMLScriptElement[]) =>
      scripts.map((s) => ({ type: s.type.toLowerCase(), code: s.text })),
    );
  const sized = (type: string) => {
    const list = files.filter((f) => f.type === type).sort((a, b) => a.path.localeCompare(b.path));
    return { files: list, raw: sum(list, 'raw'), gzip: sum(list, 'gzip') };
  };
  const [html, css, js] = [sized('document'), sized('stylesheet'), sized('script')];
  const scripts = inline
    // JSON-LD and other data blocks do not run.
    .filter((s) => !s.type || s.type === 'module' || /javascript|ecmascript/.test(s.type))
    .map((s) => ({
      bytes: Buffer.byteLength(s.code),
      sha256: sha256(s.code),
      module: s.type === 'module',
      head: s.code.slice(0, 60),
    }));
  return {
    url: page.url,
    type: page.type,
    html,
    css,
    js,
    inlineJs: { raw: scripts.reduce((a, s) => a + s.bytes, 0), scripts },
    external,
    missing,
    total: { raw: html.raw + css.raw + js.raw, gzip: html.gzip + css.gzip + js.gzip },
  };
}

type FirstVisit = Awaited<ReturnType<typeof firstVisit>>;
type Budget = Partial<typeof budgets.contentPages>;
type Declared = Awaited<ReturnType<typeof declaredInlineScripts>>;

/** A page type's own budget over the defaults for its group. */
export function budgetFor(type: string): Budget {
  const types: Record<string, Budget> = budgets.types;
  return { ...(isContentType(type) ? budgets.contentPages : {}), ...types[type] };
}

/** The inline scripts budgets.json declares, by CSP hash, each compiled afresh from its sources. */
export async function declaredInlineScripts() {
  const { bootstrap } = await buildIslands(join(import.meta.dirname, '../..'));
  return new Map(
    budgets.declaredInlineScripts.map((d) => {
      if (d.builtBy !== 'islands-bootstrap')
        throw new Error(`budgets.json: declared inline script "${d.name}" needs builtBy`);
      return [sha256(bootstrap), d];
    }),
  );
}

/** One page's first visit against budgets.json: a readable sentence per problem, none when within budget. */
export function checkBudget(fv: FirstVisit, declared: Declared): string[] {
  const b = budgetFor(fv.type);
  const problems: string[] = [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (fv.external.length)
    problems.push(`loads from another host at page load: ${fv.external.join(', ')}`);
  if (fv.missing.length)
    problems.push(`references files missing from dist: ${fv.missing.join(', ')}`);
  if (b.firstVisitGzipMax !== undefined && fv.total.gzip > b.firstVisitGzipMax)
    problems.push(
      `first visit is ${kb(fv.total.gzip)} gzip, budget ${kb(b.firstVisitGzipMax)} (HTML ${kb(fv.html.gzip)}, CSS ${kb(fv.css.gzip)}, JS ${kb(fv.js.gzip)})`,
    );
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
