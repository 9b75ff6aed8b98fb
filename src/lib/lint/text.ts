// Checks and safe fixes for one run of text (a frontmatter string, a line of an
// MDX body, an attribute value). Pure functions: no files, no Astro.
import { format as autocorrectFormat, loadConfig as autocorrectConfig } from 'autocorrect-node';
import {
  MOJIBAKE,
  PINYIN_ANNOTATION,
  SPAM_WORDS,
  findAll,
  findTraditional,
  toSimplified,
} from '../chinese.ts';
import { isFlaggedUrl } from '../flagged-hosts.ts';
import type { RuleId } from './rules.ts';

// A hyphen between CJK words is usually part of a name (人民网-人民日报) or a
// range (2024-2026): AutoCorrect's space-around-dash rule is off.
autocorrectConfig(JSON.stringify({ rules: { 'space-dash': 0 } }));

/** One problem in a run of text. `index` is a UTF-16 offset into that text. */
export interface TextHit {
  rule: RuleId;
  index: number;
  /** What was found (a short excerpt). */
  found: string;
  /** A suggested replacement or action. */
  suggestion?: string;
  /** Whether `fixText` repairs it. */
  fixable: boolean;
  /** Extra detail for the message. */
  detail?: string;
}

/** How a run of text may be checked and changed. */
export interface TextOptions {
  /** 原文: the source's words. Reported, never rewritten (except pinyin annotations). */
  verbatim?: boolean;
  /** Run the AutoCorrect spacing / punctuation check (off for aliases, IDs, names). */
  autocorrect?: boolean;
  /** Hosts that must never be linked. */
  flaggedHosts?: readonly string[];
}

/**
 * Spans of our own text that quote someone else and stay as written: “…”
 * quotations, 《…》 titles, 「…」, document numbers such as 镇数字发〔2022〕4号,
 * and URLs.
 */
const EXEMPT =
  /“[^“”]*”|《[^《》]*》|「[^「」]*」|〈[^〈〉]*〉|[\u4e00-\u9fff]{1,10}〔\d{4}〕\d+号|https?:\/\/[^\s）)」”，。]+/g;

export interface Span {
  start: number;
  text: string;
  exempt: boolean;
}

/** Splits text into free spans and exempt (quoted) spans, in order. */
export function splitExempt(text: string, allExempt = false): Span[] {
  if (allExempt) return [{ start: 0, text, exempt: true }];
  const out: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(EXEMPT)) {
    const i = m.index ?? 0;
    if (i > last) out.push({ start: last, text: text.slice(last, i), exempt: false });
    out.push({ start: i, text: m[0], exempt: true });
    last = i + m[0].length;
  }
  if (last < text.length || out.length === 0)
    out.push({ start: last, text: text.slice(last), exempt: false });
  return out;
}

/** AutoCorrect until nothing changes (one pass can leave work for the next, e.g. ３月 → 3月 → 3 月). */
function autocorrect(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  let cur = text;
  for (let i = 0; i < 4; i++) {
    const next = autocorrectFormat(cur);
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

/** Applies `fn` to the free spans only. */
function mapFree(text: string, verbatim: boolean, fn: (s: string) => string): string {
  return splitExempt(text, verbatim)
    .map((s) => (s.exempt ? s.text : fn(s.text)))
    .join('');
}

const HOLE = '囗';
const BRACKETS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '〈': '〉' };

/**
 * AutoCorrect on the free spans, seeing them in context: each exempt span is
 * swapped for a placeholder with the same brackets (“囗”, 《囗》, or a bare 囗
 * for document numbers and URLs) so that “876”,好 still gets its full-width
 * comma, then the spans are put back untouched. Falls back to span by span if
 * the placeholders do not survive.
 */
function autocorrectInContext(text: string, verbatim: boolean): string {
  const spans = splitExempt(text, verbatim);
  if (verbatim || spans.every((s) => !s.exempt)) return mapFree(text, verbatim, autocorrect);
  if (text.includes(HOLE)) return mapFree(text, verbatim, autocorrect);
  const holes: Array<{ open: string; close: string; original: string }> = [];
  const masked = spans
    .map((s) => {
      if (!s.exempt) return s.text;
      const close = BRACKETS[s.text[0]];
      const hole = close
        ? { open: s.text[0], close, original: s.text }
        : { open: '', close: '', original: s.text };
      holes.push(hole);
      return `${hole.open}${HOLE}${hole.close}`;
    })
    .join('');
  const formatted = autocorrect(masked);
  let out = '';
  let from = 0;
  for (const h of holes) {
    const i = formatted.indexOf(HOLE, from);
    if (
      i === -1 ||
      formatted.slice(i - h.open.length, i) !== h.open ||
      formatted.slice(i + 1, i + 1 + h.close.length) !== h.close ||
      i - h.open.length < from
    ) {
      return mapFree(text, verbatim, autocorrect);
    }
    out += formatted.slice(from, i - h.open.length) + h.original;
    from = i + 1 + h.close.length;
  }
  if (formatted.indexOf(HOLE, from) !== -1) return mapFree(text, verbatim, autocorrect);
  return out + formatted.slice(from);
}

function removePinyin(text: string): string {
  return text.replace(new RegExp(PINYIN_ANNOTATION.source, 'g'), (m) => m.replace(/[(（].*$/, ''));
}

/**
 * Applies the safe fixes: pinyin annotations removed everywhere; traditional →
 * simplified and AutoCorrect spacing/punctuation outside 原文 and quotations.
 * Repeats until stable, so running it twice changes nothing.
 */
export function fixText(text: string, opts: TextOptions = {}): string {
  let cur = text;
  for (let i = 0; i < 5; i++) {
    let next = removePinyin(cur);
    next = mapFree(next, Boolean(opts.verbatim), toSimplified);
    if (opts.autocorrect) next = autocorrectInContext(next, Boolean(opts.verbatim));
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

/** A short excerpt around a change: the differing middle of `a` and `b` with a little context. */
export function diffExcerpt(
  a: string,
  b: string,
  context = 6,
): { index: number; found: string; suggestion: string } {
  const ac = [...a];
  const bc = [...b];
  let s = 0;
  while (s < ac.length && s < bc.length && ac[s] === bc[s]) s++;
  let ea = ac.length;
  let eb = bc.length;
  while (ea > s && eb > s && ac[ea - 1] === bc[eb - 1]) {
    ea--;
    eb--;
  }
  const from = Math.max(0, s - context);
  const pre = from > 0 ? '…' : '';
  const postA = ea + context < ac.length ? '…' : '';
  const postB = eb + context < bc.length ? '…' : '';
  return {
    index: ac.slice(0, s).join('').length,
    found: `${pre}${ac.slice(from, Math.min(ac.length, ea + context)).join('')}${postA}`,
    suggestion: `${pre}${bc.slice(from, Math.min(bc.length, eb + context)).join('')}${postB}`,
  };
}

/** Extra signs of a scraped page: navigation crumbs, share counters, copyright boilerplate, a lost `<` before o:p>. */
const SCRAPE_RESIDUE =
  /(?<!<\/?)o:p>|首页\s*[>＞›»]|[>＞]\s*要闻|如有侵权|广告合作[:：]|分享\d+[:：]|版权归原作者所有/g;

/** Links and bare web addresses (GFM turns `www.` addresses into links). */
const URLISH =
  /\bhttps?:\/\/[^\s"'<>）)」”，。、]+|\bwww\.[a-z0-9-]+(\.[a-z0-9-]+)+[^\s"'<>）)」”，。、]*/gi;

/** Problems that are wrong anywhere, even in 原文 and markup: mojibake, spam, flagged links. */
export function checkRaw(text: string, opts: TextOptions = {}): TextHit[] {
  const hits: TextHit[] = [];
  for (const m of findAll(text, MOJIBAKE))
    hits.push({
      rule: 'mojibake',
      index: m.index,
      found: m.match,
      fixable: false,
      suggestion: '删除，或对照来源改回正确的文字',
    });
  // Residue patterns are checked on the simplified text so traditional variants (首頁>) match too; OpenCC keeps offsets here.
  const simplified = toSimplified(text);
  const sameLength = simplified.length === text.length;
  for (const m of findAll(simplified, SCRAPE_RESIDUE)) {
    const index = sameLength ? m.index : 0;
    hits.push({
      rule: 'mojibake',
      index,
      found: sameLength ? text.slice(m.index, m.index + m.match.length) : m.match,
      fixable: false,
      suggestion: '这是网页导航、分享按钮或版权声明的残留：删除整行',
      detail: 'scraped page residue',
    });
  }
  // Spam: one hit per line, naming the words found.
  let lineStart = 0;
  for (const line of text.split('\n')) {
    // Compared without spaces, so 成人免费 AV 网址 is caught as well as 成人免费AV网址.
    const squashed = line.toLowerCase().replace(/\s+/g, '');
    const words = SPAM_WORDS.filter((w) => squashed.includes(w.toLowerCase()));
    if (words.length) {
      const firstChar = line.search(/\S/);
      hits.push({
        rule: 'spam',
        index: lineStart + Math.max(0, firstChar),
        found: `${line.trim().slice(0, 30)}${line.trim().length > 30 ? '…' : ''}（${[...new Set(words.map((w) => w.toLowerCase()))].join('、')}）`,
        fixable: false,
        suggestion: '删除整行：这是镜像站的垃圾广告',
      });
    }
    lineStart += line.length + 1;
  }
  if (opts.flaggedHosts?.length) {
    for (const m of text.matchAll(URLISH)) {
      const url = /^www\./i.test(m[0]) ? `http://${m[0]}` : m[0];
      if (isFlaggedUrl(url, opts.flaggedHosts)) {
        hits.push({
          rule: 'flagged-link',
          index: m.index ?? 0,
          found: m[0],
          fixable: false,
          suggestion: '删除这个网址；写明原始媒体和日期，并说明文字读自转载页',
        });
      }
    }
  }
  return hits;
}

/** Readable “鎮→镇、產→产” list of the traditional characters in a string. */
function charList(hits: Array<{ char: string; simplified: string }>): string {
  const seen = new Set<string>();
  return hits
    .filter((h) => !seen.has(h.char) && seen.add(h.char))
    .map((h) => `${h.char}→${h.simplified}`)
    .join('、');
}

/** Problems in prose: traditional characters, pinyin, AutoCorrect spacing and punctuation, repeated punctuation. */
export function checkProse(text: string, opts: TextOptions = {}): TextHit[] {
  const hits: TextHit[] = [];
  const verbatim = Boolean(opts.verbatim);
  for (const span of splitExempt(text, verbatim)) {
    const trad = findTraditional(span.text);
    if (trad.length === 0) continue;
    const first = trad[0].index;
    // The whole run when short, else a window from just before the first hit.
    const from = span.text.length <= 40 ? 0 : Math.max(0, first - 6);
    const to = span.text.length <= 40 ? span.text.length : Math.min(span.text.length, from + 36);
    const excerpt = span.text.slice(from, to);
    const dots = (b: boolean) => (b ? '…' : '');
    hits.push({
      rule: 'traditional',
      index: span.start + first,
      found: `${dots(from > 0)}${excerpt}${dots(to < span.text.length)}`,
      // An excerpt may end inside a pinyin annotation: drop the dangling “(chǎn”.
      suggestion: `${dots(from > 0)}${toSimplified(removePinyin(excerpt)).replace(/[(（][a-zü\u00e0-\u01dc]*$/, '')}${dots(to < span.text.length)}`,
      fixable: !span.exempt,
      detail: charList(trad),
    });
  }
  for (const m of findAll(text, PINYIN_ANNOTATION)) {
    hits.push({
      rule: 'pinyin',
      index: m.index,
      found: m.match,
      suggestion: toSimplified(m.match.replace(/[(（].*$/, '')),
      fixable: true,
    });
  }
  if (!verbatim) {
    for (const m of text.matchAll(/([，。！？；：、,!?;])\1+/g)) {
      hits.push({
        rule: 'repeated-punctuation',
        index: m.index ?? 0,
        found: m[0],
        suggestion:
          m[1] === ','
            ? '，'
            : m[1] === '!'
              ? '！'
              : m[1] === '?'
                ? '？'
                : m[1] === ';'
                  ? '；'
                  : m[1],
        fixable: false,
      });
    }
  }
  if (opts.autocorrect && !verbatim) {
    // Compare against the text with only the other safe fixes applied, so a traditional character is not also reported as spacing.
    const base = fixText(text, { verbatim, autocorrect: false });
    const fixed = fixText(text, { verbatim, autocorrect: true });
    if (fixed !== base) {
      const d = diffExcerpt(base, fixed);
      const onlySpace = base.replace(/\s/g, '') === fixed.replace(/\s/g, '');
      hits.push({
        rule: onlySpace ? 'spacing' : 'punctuation',
        index: d.index,
        found: d.found,
        suggestion: d.suggestion,
        fixable: true,
      });
    }
  }
  return hits;
}
