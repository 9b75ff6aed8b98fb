// Synthetic content for the scale benchmarks: entries written into a project copy
// (scripts/bench.ts), and pages written into a built site (scripts/bench-search.ts).
// Both are realistic Chinese text made from the real content.
//
// Every ID-numbered collection has a fixed ID range (src/schemas/): terms
// GL00–GL99, measures M01–M99, statements Q1–Q99, targets G1–G99, aspects
// A1–A99, industries E/F/T 1–99, pillars and programmes 1–9. None allows
// 1,000 entries; only sources (free slugs `src-…`) do. So the benchmark fills
// the free term and measure IDs first and makes the rest sources, each of
// which gets a page of its own.
import { globSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from './search-index.ts';

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

/** Sentences of the real MDX bodies, for realistic text (vocabulary, length, 镇江 etc.). */
function sentencePool(root: string): string[] {
  const pool: string[] = [];
  for (const f of globSync('content/*/[!_]*.mdx', { cwd: root }).sort()) {
    const body = readFileSync(join(root, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    // MDX tags go whole (not just their brackets), so no "/Fact" is left in the text.
    const prose = body.replace(/<\/?[A-Za-z][^>]*>/g, '').replace(/[#>*`{}\[\]()|]/g, '');
    for (const s of prose.split(/(?<=[。！？])/)) {
      const t = s.trim();
      if (t.length >= 12 && t.length <= 120 && !/\n\s*[-\d]/.test(t))
        pool.push(t.replace(/\s*\n\s*/g, ''));
    }
  }
  if (pool.length < 20) throw new Error('not enough real text to make synthetic entries from');
  return pool;
}

function existingIds(root: string, dir: string, re: RegExp): Set<string> {
  try {
    return new Set(
      readdirSync(join(root, 'content', dir))
        .map((f) => f.replace(/\.(mdx|yaml)$/, '').toUpperCase())
        .filter((id) => re.test(id)),
    );
  } catch {
    return new Set();
  }
}

const yamlString = (s: string) => JSON.stringify(s); // JSON strings are valid YAML double-quoted scalars

/**
 * Adds `n` synthetic entries to the project copy at `root`: free glossary IDs
 * (GLxx), then free measure IDs (Mxx), then sources src-synth-0001…. Returns
 * how many of each kind were written.
 */
export function addSyntheticEntries(root: string, n: number, seed = 876) {
  const rand = prng(seed + n);
  // Sentences without figures: a figure in an entry's own words needs a source (content lint).
  const pool = sentencePool(root).filter((s) => !/[0-9０-９]/.test(s));
  const pick = () => pool[Math.floor(rand() * pool.length)];
  const para = (k: number) => Array.from({ length: k }, pick).join('');
  const body = () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => para(2 + Math.floor(rand() * 3))).join(
      '\n\n',
    );
  const summary = () => {
    let s = pick();
    while (s.length < 20) s += pick();
    return s.slice(0, 150);
  };
  const updated = '2026-11-26';

  const usedTerms = existingIds(root, 'terms', /^GL\d{2}$/);
  const freeTerms = Array.from({ length: 100 }, (_, i) => `GL${String(i).padStart(2, '0')}`).filter(
    (id) => id !== 'GL00' && !usedTerms.has(id),
  );
  const usedMeasures = existingIds(root, 'measures', /^M\d{2}$/);
  const freeMeasures = Array.from(
    { length: 99 },
    (_, i) => `M${String(i + 1).padStart(2, '0')}`,
  ).filter((id) => !usedMeasures.has(id));

  const terms = freeTerms.slice(0, n);
  const measures = freeMeasures.slice(0, Math.max(0, n - terms.length));
  const sourceCount = Math.max(0, n - terms.length - measures.length);
  const sourceIds = Array.from(
    { length: sourceCount },
    (_, i) => `src-synth-${String(i + 1).padStart(4, '0')}`,
  );
  const citeSynth = () =>
    sourceIds.length ? `\n  - source: ${sourceIds[Math.floor(rand() * sourceIds.length)]}` : '';

  mkdirSync(join(root, 'content/sources'), { recursive: true });
  for (const [i, id] of sourceIds.entries()) {
    writeFileSync(
      join(root, 'content/sources', `${id}.yaml`),
      [
        `id: ${id}`,
        `title: ${yamlString(`合成来源 ${i + 1}：${pick().slice(0, 40)}`)}`,
        'outlet: 合成测试媒体',
        'dateStatus: unknown',
        'reliability: low',
        `notes: ${yamlString(para(2))}`,
        'facts: []',
        '',
      ].join('\n'),
    );
  }
  // One MDX entry: the shared frontmatter around the kind's own fields (random draws stay in the same order).
  const writeEntry = (dir: string, id: string, label: string, ownFields: () => string[]) => {
    writeFileSync(
      join(root, 'content', dir, `${id.toLowerCase()}.mdx`),
      [
        '---',
        `id: ${id}`,
        `title: ${yamlString(`${label} ${id} ${pick().slice(0, 8)}`)}`,
        `summary: ${yamlString(summary())}`,
        'aliases: []',
        ...ownFields(),
        'sources:',
        `  - source: src-explainer${citeSynth()}`,
        `updated: ${updated}`,
        '---',
        '',
        body(),
        '',
      ].join('\n'),
    );
  };
  mkdirSync(join(root, 'content/terms'), { recursive: true });
  for (const id of terms) writeEntry('terms', id, '合成术语', () => ['related: [E1]']);
  mkdirSync(join(root, 'content/measures'), { recursive: true });
  for (const [i, id] of measures.entries()) {
    writeEntry('measures', id, '合成举措', () => [
      `aspect: A${(i % 9) + 1}`,
      'text:',
      `  text: ${yamlString(pick())}`,
      '  source: src-explainer',
      'status: unknown',
    ]);
  }
  return {
    terms: terms.length,
    measures: measures.length,
    sources: sourceIds.length,
    termRange: terms.length ? `${terms[0]}–${terms.at(-1)}` : '',
    measureRange: measures.length ? `${measures[0]}–${measures.at(-1)}` : '',
  };
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
 * Adds `n` generated entry pages to the built site at `siteDir` (synthetic/sy0001/ …), in
 * the HTML shape of its first entry page, with text, kinds and tiers drawn from its entries.
 * Returns their aliases by ID, for buildSearchIndex.
 */
export function addSyntheticPages(
  siteDir: string,
  n: number,
  random: () => number,
): Map<string, string[]> {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const entries = siteFiles(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(f, 'utf8'))
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
