// Synthetic content for the benches, made from the real content: entries written into a
// project copy (bench.ts) and pages written into a built site (bench-search.ts).
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from './dist-pages.ts';

/** Deterministic PRNG (mulberry32), so every run writes the same entries. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Adds `n` entries to the project copy at `root`, each a real entry under a new ID. No
 * ID-numbered collection allows 1,000 entries, so the copies take the free glossary IDs
 * first, then become sources (src-synth-0001…), each with a page of its own. Returns what
 * it added, in words.
 */
export function addSyntheticEntries(root: string, n: number) {
  const folder = (collection: string) => join(root, 'content', collection);
  const realTerms = globSync('gl*.mdx', { cwd: folder('terms') }).sort();
  const realSources = globSync('src-*.yaml', { cwd: folder('sources') }).sort();
  const terms = Array.from({ length: 99 }, (_, i) => `GL${String(i + 1).padStart(2, '0')}`)
    .filter((id) => !realTerms.includes(`${id.toLowerCase()}.mdx`))
    .slice(0, n);
  const sources = Array.from(
    { length: n - terms.length },
    (_, i) => `src-synth-${String(i + 1).padStart(4, '0')}`,
  );
  const copy = (collection: string, from: string, id: string) =>
    writeFileSync(
      join(folder(collection), id.toLowerCase() + from.slice(from.lastIndexOf('.'))),
      readFileSync(join(folder(collection), from), 'utf8').replace(/^id: .*$/m, `id: ${id}`),
    );
  terms.forEach((id, i) => copy('terms', realTerms[i % realTerms.length], id));
  sources.forEach((id, i) => copy('sources', realSources[i % realSources.length], id));
  const termRange = terms.length ? `${terms[0]}–${terms.at(-1)}` : '–';
  return `+${terms.length} terms (${termRange}), +${sources.length} sources (src-synth-0001…), copies of real entries`;
}

/** A generator of text in which each character follows one that follows it in `texts`. */
function markov(texts: string[], random: () => number): (min: number, max: number) => string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const t of texts) {
    const chars = [...t.replace(/\s+/g, '')];
    if (chars.length > 1) starts.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++)
      next.set(chars[i], [...(next.get(chars[i]) ?? []), chars[i + 1]]);
  }
  return (min, max) => {
    const length = min + Math.floor(random() * (max - min));
    let c = pick(starts);
    let out = c;
    while ([...out].length < length) out += c = pick(next.get(c) ?? starts);
    return out;
  };
}

/**
 * Adds `n` generated entry pages (synthetic/sy0001/ …) to the built site at `siteDir`, in
 * the HTML shape of its first entry page. Returns their aliases by ID, for buildSearchIndex.
 */
export function addSyntheticPages(siteDir: string, n: number, random: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const entries = listPages(siteDir)
    .map((p) => p.html)
    .filter((h) => h.includes('data-entry-id=') && h.includes('data-pagefind-body'));
  if (!entries.length) throw new Error('no entry page to copy the HTML shape from');
  const texts: string[] = [];
  const kinds = new Set<string>();
  for (const h of entries) {
    const main = h.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? '';
    for (const m of main.matchAll(/<p[^>]*>([^<]{8,})<\/p>/g)) texts.push(m[1]);
    for (const m of main.matchAll(/data-pagefind-filter="kind"[^>]*>([^<]+)</g))
      kinds.add(m[1].trim());
  }
  const gen = markov(texts, random);
  const aliasesById = new Map<string, string[]>();
  const [before, after] = entries[0].split(/<main[\s\S]*?<\/main>/);
  for (let i = 1; i <= n; i++) {
    const id = `SY${String(i).padStart(4, '0')}`;
    const tier = random() < 0.3 ? pick(['新兴', '未来', '传统']) : undefined;
    const aliases = Array.from({ length: Math.floor(random() * 3) }, () => gen(2, 6));
    aliasesById.set(id, aliases);
    let sections = '';
    for (let s = 1, count = 2 + Math.floor(random() * 5); s <= count; s++) {
      const paras = Array.from(
        { length: 1 + Math.floor(random() * 4) },
        () => `<p>${gen(30, 160)}</p>`,
      );
      sections += `<section aria-labelledby="s${s}-h"><h2 id="s${s}-h">${gen(3, 9)}</h2>${paras.join('')}</section>`;
    }
    const main = `<main id="main" class="flex-1 w-full max-w-5xl mx-auto px-4 py-6" data-pagefind-body><article data-entry-id="${id}" data-entry-kind="synthetic" data-pagefind-meta="id:${id}"${tier ? ` data-pagefind-filter="tier:${tier}"` : ''}><p class="text-sm"><span class="id-badge">${id}</span> <span class="muted" data-pagefind-filter="kind">${pick(kinds.size ? [...kinds] : ['术语'])}</span></p><h1 class="mt-1">${gen(4, 14)}</h1>${aliases.length ? `<p class="text-sm muted mt-1">检索词：${aliases.join('、')}</p>` : ''}${sections}</article></main>`;
    const dir = join(siteDir, 'synthetic', id.toLowerCase());
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), before + main + after);
  }
  return aliasesById;
}
