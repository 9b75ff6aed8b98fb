// Text measuring and line breaking for SVG labels. SVG text does not wrap, so
// labels are broken into lines at build time from an estimate of their width:
// CJK characters and full-width punctuation take one em, Latin letters and
// digits a little over half an em (a slight over-estimate, so text never
// spills out of its box).

/** Characters drawn one em wide: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
const WIDE =
  /[\u1100-\u115f\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of one character in em. */
export function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.33;
  if (/[il.,:;'!|]/.test(ch)) return 0.35;
  if (/[MW@%]/.test(ch)) return 0.9;
  return 0.62;
}

/** Estimated width of a string set at `size` (in the same units as `size`). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size;
}

/** Punctuation that must not begin a line. */
const NO_START = /^[，。、；：！？）》」』”’·…—\]),.;:!?%]/u;
/** Punctuation that must not end a line. */
const NO_END = /[（《「『“‘\[(]$/u;

/**
 * Splits text into unbreakable pieces: runs of Latin letters/digits stay whole
 * (with the measure word after a number: `8 个`, `2024 年`), everything else is
 * one piece per character.
 */
export function breakUnits(text: string): string[] {
  return (
    text.match(
      /[0-9][0-9.+\-/%]*(?: ?[个项年条大月日号家])?|[A-Za-z0-9][A-Za-z0-9.+\-/%]*|\s+|./gsu,
    ) ?? []
  );
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at font size `size`,
 * Chinese style: between any two characters, but never inside a Latin word or
 * number, never before closing punctuation and never after opening punctuation.
 * `firstIndent` reserves room at the start of the first line (for an inline badge).
 * `balance` evens out line lengths (新型电力 / 装备, not 新型电力装 / 备).
 * With `maxLines`, the last line ends in “…” if text was cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  opts: { firstIndent?: number; maxLines?: number; balance?: boolean } = {},
): string[] {
  const indent = opts.firstIndent ?? 0;
  let out = wrapGreedy(text, maxWidth, size, indent);
  if (opts.balance && out.length >= 2 && !(opts.maxLines && out.length > opts.maxLines)) {
    // The narrowest width that needs no more lines.
    let lo = maxWidth / (out.length + 1);
    let hi = maxWidth;
    while (hi - lo > 0.5) {
      const mid = (lo + hi) / 2;
      if (wrapGreedy(text, mid, size, indent).length <= out.length) hi = mid;
      else lo = mid;
    }
    out = wrapGreedy(text, hi, size, indent);
  }
  if (opts.maxLines && out.length > opts.maxLines) {
    out = out.slice(0, opts.maxLines);
    let last = out[out.length - 1];
    const room = maxWidth - (opts.maxLines === 1 ? indent : 0) - textWidth('…', size);
    while (last.length > 0 && textWidth(last, size) > room) last = [...last].slice(0, -1).join('');
    out[out.length - 1] = `${last}…`;
  }
  return out;
}

function wrapGreedy(text: string, maxWidth: number, size: number, indent: number): string[] {
  const units = breakUnits(text.trim());
  const lines: string[][] = [[]];
  let used = indent;
  for (const u of units) {
    const w = textWidth(u, size);
    const line = lines[lines.length - 1];
    if (line.length === 0 && /^\s+$/.test(u)) continue;
    if (used + w <= maxWidth + 0.01 || line.length === 0) {
      line.push(u);
      used += w;
      continue;
    }
    // Start a new line; pull back characters that may not end a line or that must travel with a no-start mark.
    const carry: string[] = [];
    if (NO_START.test(u) && line.length > 1) carry.unshift(line.pop()!);
    while (line.length > 1 && NO_END.test(line[line.length - 1])) carry.unshift(line.pop()!);
    while (line.length > 0 && /^\s+$/.test(line[line.length - 1])) line.pop();
    const next = /^\s+$/.test(u) ? carry : [...carry, u];
    lines.push(next);
    used = next.reduce((s, x) => s + textWidth(x, size), 0);
  }
  return lines.map((l) => l.join('')).filter((l, i) => l.length > 0 || i === 0);
}
