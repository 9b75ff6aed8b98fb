// First-visit weight of built pages: the HTML plus every stylesheet and script
// the browser fetches while loading it (module scripts and their static
// imports, never dynamic imports), raw and gzip. Used by scripts/bench.ts and
// tests/build/weight.test.ts, so the figures and the guard agree.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { pageType, walk } from './dist-pages.ts';

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

/**
 * The static imports of a module (`import … from`, `import '…'`, `export … from`); dynamic
 * import() is left out. es-module-lexer is Vite's own module scanner (the version Astro installs).
 */
async function staticImportsOf(code: string): Promise<string[]> {
  const { init, parse: parseModule } = await import('es-module-lexer');
  await init;
  return parseModule(code)[0].flatMap((i) => (i.t === 1 && i.n ? [i.n] : []));
}

function cssImports(css: string): string[] {
  const out: string[] = [];
  const re = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g;
  for (let m; (m = re.exec(css));) out.push(m[1]);
  return out;
}

/** Resolves a reference from a page or asset to a file in dist, or marks it external. */
function resolveRef(
  ref: string,
  fromUrl: string,
):
  | { kind: 'inline' }
  | { kind: 'external'; url: string }
  | { kind: 'local'; path: string; url: string } {
  if (/^(data|blob):/i.test(ref)) return { kind: 'inline' };
  const u = new URL(ref, new URL(fromUrl, 'http://local.invalid'));
  if (u.host !== 'local.invalid') return { kind: 'external', url: u.href };
  let path = decodeURIComponent(u.pathname);
  if (path.endsWith('/')) path += 'index.html';
  return { kind: 'local', path: path.replace(/^\//, ''), url: u.pathname };
}

/**
 * What a first visit to `file` downloads before the page has loaded: the HTML,
 * stylesheets (and their @imports), scripts with src, modulepreloads, and the
 * static imports of every module (inline or not). Dynamic import() is left out.
 * Pass `html` when the page is already read (listPages gives it).
 */
export async function firstVisit(
  dist: string,
  file: string,
  html = readFileSync(join(dist, file), 'utf8'),
) {
  const pageUrl = `/${file.replace(/index\.html$/, '')}`;
  const doc = parse(html, { comment: false });
  const css = new Map<string, Buffer>();
  const js = new Map<string, Buffer>();
  const external: Array<{ kind: string; url: string }> = [];
  const missing: string[] = [];
  const inline: Array<{ bytes: number; sha256: string; module: boolean; head: string }> = [];

  /** Resolves a CSS or JS reference once: notes it as external or missing, or reads it into `seen`; returns what to follow. */
  const take = (ref: string, from: string, kind: string, seen: Map<string, Buffer>) => {
    const r = resolveRef(ref, from);
    if (r.kind === 'external') return void external.push({ kind, url: r.url });
    if (r.kind !== 'local' || seen.has(r.path)) return undefined;
    const full = join(dist, r.path);
    if (!existsSync(full)) return void missing.push(r.path);
    const buf = readFileSync(full);
    seen.set(r.path, buf);
    return { text: buf.toString('utf8'), url: r.url };
  };
  const addCss = (ref: string, from: string): void => {
    const f = take(ref, from, 'css', css);
    if (f) for (const imp of cssImports(f.text)) addCss(imp, f.url);
  };
  const addJs = async (ref: string, from: string, isModule: boolean): Promise<void> => {
    const f = take(ref, from, 'js', js);
    if (f && isModule)
      for (const imp of await staticImportsOf(f.text)) await addJs(imp, f.url, true);
  };

  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (rel.includes('stylesheet')) addCss(href, pageUrl);
    else if (rel.includes('modulepreload')) await addJs(href, pageUrl, true);
    else if (rel.includes('preload') && /^(script|style)$/.test(link.getAttribute('as') ?? '')) {
      if (link.getAttribute('as') === 'style') addCss(href, pageUrl);
      else await addJs(href, pageUrl, false);
    }
  }
  for (const s of doc.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    const isModule = type === 'module';
    if (type && !isModule && !/javascript|ecmascript/.test(type)) continue; // JSON-LD and other data blocks do not run
    const src = s.getAttribute('src');
    if (src) {
      await addJs(src, pageUrl, isModule);
      continue;
    }
    const code = s.rawText;
    inline.push({
      bytes: Buffer.byteLength(code),
      sha256: sha256(code),
      module: isModule,
      head: code.slice(0, 60),
    });
    if (isModule) for (const imp of await staticImportsOf(code)) await addJs(imp, pageUrl, true);
  }

  const sum = (m: Map<string, Buffer>) => {
    const files = [...m].map(([path, buf]) => ({ path, raw: buf.length, gzip: gzipBytes(buf) }));
    return {
      files,
      raw: files.reduce((a, f) => a + f.raw, 0),
      gzip: files.reduce((a, f) => a + f.gzip, 0),
    };
  };
  const htmlBuf = Buffer.from(html);
  const h = { raw: htmlBuf.length, gzip: gzipBytes(htmlBuf) };
  const c = sum(css);
  const j = sum(js);
  const inlineJs = { raw: inline.reduce((a, s) => a + s.bytes, 0), scripts: inline };
  return {
    file,
    url: pageUrl,
    type: pageType(file, html),
    html: h,
    css: c,
    js: j,
    inlineJs,
    external,
    missing,
    total: { raw: h.raw + c.raw + j.raw, gzip: h.gzip + c.gzip + j.gzip },
  };
}

/** The limits budgets.json sets for one page type. */
export interface Budget {
  firstVisitGzipMax?: number;
  externalJsGzipMax?: number;
  inlineJsMax?: number;
  inlineScriptsMustBeDeclared?: boolean;
}
/** An inline script budgets.json allows: compiled by the islands integration, or a fixed hash. */
export interface DeclaredScript {
  name: string;
  maxBytes: number;
  builtBy?: string;
  sha256?: string;
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
export function readBudgets(root: string): Budgets {
  return JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
}

/** The budget that applies to a page type: the type's own entry over the defaults for its group. */
export function budgetFor(budgets: Budgets, type: string): Budget {
  const base: Budget = isContentType(type) ? budgets.contentPages : {};
  return { ...base, ...(budgets.types?.[type] ?? {}) };
}

/**
 * The inline scripts budgets.json declares, by CSP hash. An entry with
 * `builtBy: "islands-bootstrap"` is the script src/integrations/islands.ts
 * injects into every page, compiled afresh here so the hash always matches the
 * current sources; an entry with `sha256` is a fixed script.
 */
export async function declaredInlineScripts(
  budgets: Budgets,
  root: string,
): Promise<Map<string, DeclaredScript>> {
  const out = new Map<string, DeclaredScript>();
  for (const d of budgets.declaredInlineScripts ?? []) {
    if (d.builtBy === 'islands-bootstrap') {
      const { buildIslands } = await import('../../src/integrations/islands.ts');
      out.set(sha256((await buildIslands(root)).bootstrap), d);
    } else if (d.sha256) out.set(d.sha256, d);
    else
      throw new Error(`budgets.json: declared inline script "${d.name}" needs builtBy or sha256`);
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
    problems.push(
      `loads from another host at page load: ${fv.external.map((e) => e.url).join(', ')}`,
    );
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
