// Synthetic entries for the scale benchmark: realistic Chinese text made by
// reshuffling sentences of the real content, written into a project copy.
//
// Every ID-numbered collection has a fixed ID range (src/schemas/): terms
// GL00–GL99, measures M01–M99, statements Q1–Q99, targets G1–G99, aspects
// A1–A99, industries E/F/T 1–99, pillars and programmes 1–9. None allows
// 1,000 entries; only sources (free slugs `src-…`) do. So the benchmark fills
// the free term and measure IDs first and makes the rest sources, each of
// which gets a page of its own.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Deterministic PRNG (mulberry32), so every run writes the same entries. */
function prng(seed: number): () => number {
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
  const dir = join(root, 'content');
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub.name))) {
      if (!f.endsWith('.mdx') || f.startsWith('_')) continue;
      const body = readFileSync(join(dir, sub.name, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      for (const s of body.replace(/[#>*`{}<\[\]()|]/g, '').split(/(?<=[。！？])/)) {
        const t = s.trim();
        if (t.length >= 12 && t.length <= 120 && !/\n\s*[-\d]/.test(t))
          pool.push(t.replace(/\s*\n\s*/g, ''));
      }
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
  const pool = sentencePool(root);
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
