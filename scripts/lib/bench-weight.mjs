// First-visit weight of built pages: the HTML plus every stylesheet and script
// the browser fetches while loading it (module scripts and their static
// imports, never dynamic imports), raw and gzip. Used by scripts/bench.mjs and
// tests/build/weight.test.ts, so the figures and the guard agree.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** gzip level used for every figure: zlib's default, what most static hosts use on the fly. */
export const GZIP_LEVEL = 6;

/** Page types in the order the bench prints them. */
export const PAGE_TYPES = [
  'home',
  'industry',
  'pillar',
  'aspect',
  'measure',
  'programme',
  'statement',
  'target',
  'term',
  'source',
  'list',
  'about',
  'data',
  'search',
  '404',
  'other',
];

/** Entry-page URL segments and the page type they hold. */
const ENTRY_SEGMENTS = {
  industries: 'industry',
  pillars: 'pillar',
  aspects: 'aspect',
  measures: 'measure',
  programmes: 'programme',
  statements: 'statement',
  targets: 'target',
  glossary: 'term',
  sources: 'source',
};

/** Page types that are "content pages" for the budgets (everything a reader lands on except search). */
export function isContentType(type) {
  return type !== 'search' && type !== 'redirect';
}

/**
 * The page type of a built HTML file (path relative to dist, e.g. `industries/e1/index.html`).
 * @param {string} file
 * @param {string} [html]
 * @returns {string}
 */
export function pageType(file, html = '') {
  if (/<meta[^>]+http-equiv=["']?refresh/i.test(html)) return 'redirect';
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const parts = file.split('/');
  if (parts.at(-1) !== 'index.html') return 'other';
  const dirs = parts.slice(0, -1);
  if (dirs.length === 1) {
    if (dirs[0] === 'search') return 'search';
    if (dirs[0] === 'data') return 'data';
    if (dirs[0] === 'about') return 'about';
    return 'list';
  }
  if (dirs.length === 2 && ENTRY_SEGMENTS[dirs[0]]) return ENTRY_SEGMENTS[dirs[0]];
  return 'other';
}

/** Every file under `dir`, as full paths. */
export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/**
 * Every HTML page of a built site outside pagefind/, as { file, url, type, html }.
 * @param {string} dist
 * @returns {Array<{ file: string, url: string, type: string, html: string }>}
 */
export function listPages(dist) {
  return walk(dist)
    .map((f) => relative(dist, f).split('\\').join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return {
        file,
        url: `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`,
        type: pageType(file, html),
        html,
      };
    });
}

export function gzipBytes(buf) {
  return gzipSync(buf, { level: GZIP_LEVEL }).length;
}

/** @param {string} text CSP-style hash of a script or style: `sha256-<base64>`. */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

let lexer;
async function staticImportsOf(code) {
  if (lexer === undefined) {
    try {
      lexer = await import('es-module-lexer');
      await lexer.init;
    } catch {
      lexer = null;
    }
  }
  if (lexer) {
    try {
      const [imports] = lexer.parse(code);
      // t === 1: `import … from` / `import '…'` / `export … from`; dynamic import() is t === 2.
      return imports.filter((i) => i.t === 1 && i.n).map((i) => i.n);
    } catch {
      /* fall through to the regex */
    }
  }
  const out = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{$][^'"`;]*?\bfrom\s*)?["']([^"']+)["']/g;
  for (let m; (m = re.exec(code));) out.push(m[1]);
  return out;
}

function cssImports(css) {
  const out = [];
  const re = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g;
  for (let m; (m = re.exec(css));) out.push(m[1]);
  return out;
}

/** Resolves a reference from a page or asset to a file in dist, or marks it external. */
function resolveRef(ref, fromUrl) {
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
export async function firstVisit(dist, file, html = readFileSync(join(dist, file), 'utf8')) {
  const pageUrl = `/${file.replace(/index\.html$/, '')}`;
  const doc = parse(html, { comment: false });
  const css = new Map();
  const js = new Map();
  const external = [];
  const missing = [];
  const inline = [];

  /** Resolves a CSS or JS reference once: notes it as external or missing, or reads it into `seen`; returns what to follow. */
  const take = (ref, from, kind, seen) => {
    const r = resolveRef(ref, from);
    if (r.kind === 'external') return void external.push({ kind, url: r.url });
    if (r.kind !== 'local' || seen.has(r.path)) return undefined;
    const full = join(dist, r.path);
    if (!existsSync(full)) return void missing.push(r.path);
    const buf = readFileSync(full);
    seen.set(r.path, buf);
    return { text: buf.toString('utf8'), url: r.url };
  };
  const addCss = (ref, from) => {
    const f = take(ref, from, 'css', css);
    if (f) for (const imp of cssImports(f.text)) addCss(imp, f.url);
  };
  const addJs = async (ref, from, isModule) => {
    const f = take(ref, from, 'js', js);
    if (f && isModule)
      for (const imp of await staticImportsOf(f.text)) await addJs(imp, f.url, true);
  };

  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
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

  const sum = (m) => {
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

/** Loads budgets.json from the project root. */
export function readBudgets(root) {
  return JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
}

/** The budget that applies to a page type: the type's own entry over the defaults for its group. */
export function budgetFor(budgets, type) {
  const base = isContentType(type) ? budgets.contentPages : {};
  return { ...base, ...(budgets.types?.[type] ?? {}) };
}

/**
 * The inline scripts budgets.json declares, by CSP hash. An entry with
 * `builtBy: "islands-bootstrap"` is the script src/integrations/islands.ts
 * injects into every page, compiled afresh here so the hash always matches the
 * current sources; an entry with `sha256` is a fixed script.
 * @returns {Promise<Map<string, { name: string, maxBytes: number }>>}
 */
export async function declaredInlineScripts(budgets, root) {
  const out = new Map();
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
export function checkBudget(budgets, fv, declared = new Map()) {
  const b = budgetFor(budgets, fv.type);
  const problems = [];
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
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
