// The traditional → simplified map the search side file carries (src/lib/search/format.ts),
// so a query typed in traditional characters finds the site's simplified text.
import * as OpenCC from 'opencc-js';

/**
 * Traditional → simplified, one character each, limited to targets the site uses.
 * Characters the site itself uses are never mapped: they are valid simplified text
 * (著 in 显著 stays), so a query copied from the site is left alone.
 */
export function buildCharMap(siteChars: Set<string>): Map<string, string> {
  const toSimplified = ['t', 'tw', 'hk'].map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const toTraditional = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
  // Candidates: every traditional form OpenCC gives for a site character, and every
  // single character OpenCC's traditional/variant tables convert (乾 → 干, 裡 → 里).
  const candidates = new Set<string>();
  for (const s of siteChars)
    if (/\p{Script=Han}/u.test(s)) for (const conv of toTraditional) candidates.add(conv(s));
  const { from, to } = OpenCC.Locale;
  for (const table of [from.tw, from.hk, to.cn].flat(2)) {
    if (typeof table !== 'string') continue;
    for (const pair of table.split('|')) candidates.add(pair.split(' ')[0]);
  }
  const map = new Map<string, string>();
  for (const t of [...candidates].sort()) {
    if ([...t].length !== 1 || !/\p{Script=Han}/u.test(t) || siteChars.has(t)) continue;
    const s = toSimplified.map((conv) => conv(t)).find((x) => x !== t && siteChars.has(x));
    if (s) map.set(t, s);
  }
  return map;
}
