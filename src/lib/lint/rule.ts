// What a lint rule is (its entry in the editor guide, its messages, its checks) and the text
// helpers rules share. Each rule lives under rules/; the engine (lint.ts) walks each file once
// and hands every rule the same view of it.
import type { CollectionKey } from '../../schemas/shared.ts';
import type { LintContext } from './lint.ts';
import type { BodyIndex } from './mdx.ts';

export type Path = Array<string | number>;

/** The line in the file and the field (frontmatter path, or 正文 body). */
export type Where = { line?: number; field: string };

/** Reports a finding of the checking rule, or of a neighbouring one it names (e.g. missing-date). */
export type Report = (where: Where, found: string, hint: string, rule?: string) => void;

/** A run of text to check: a frontmatter string, a text node of the body, an attribute value. */
export interface TextRun {
  text: string;
  /** 原文: reported, never rewritten (pinyin annotations aside). */
  verbatim: boolean;
  /** Whether AutoCorrect spacing and punctuation apply (off for names, aliases, URLs). */
  autocorrect: boolean;
}

/** A problem at `index` (UTF-16) in a run of text; fixable unless the rule's fix is 'no'. */
export type TextHit = { index: number; found: string; hint: string; fixable?: boolean };

/** An object in the frontmatter (or YAML file); `fact` for an item of `facts` with a text. */
export interface DataObject {
  path: Path;
  field: string;
  line: number;
  rec: Record<string, unknown>;
  fact: boolean;
}

/** A file as the data and body checks see it, walked once by the engine. */
export interface FileView {
  collection?: CollectionKey;
  data: Record<string, unknown>;
  /** Every object in the data, depth first. */
  objects: DataObject[];
  lineOf(path: Path): number;
  ctx: LintContext;
  /** The MDX body when it parses, else the compiler's message. */
  body?: BodyIndex;
  bodyError?: { message: string; line: number };
}

/** One lint rule. `fix: 'outside-quotes'` = repaired except in 原文 and quotations. */
export interface Rule {
  id: string;
  severity: 'error' | 'warning';
  /** Chinese name, what it checks and why (the editor guide). */
  zh: string;
  what: string;
  why: string;
  expected: readonly [zh: string, en: string];
  fix: 'yes' | 'outside-quotes' | 'no';
  /**
   * Where `check` runs. `raw`: everything a reader may see, 原文 and markup included; `prose`:
   * text only; `frontmatter`: frontmatter strings only (shown as plain text).
   */
  scope?: 'raw' | 'prose' | 'frontmatter';
  check?(run: TextRun): TextHit[];
  /** Never 原文, unless the rule says so. */
  repair?(run: TextRun): string;
  checkFile?(view: FileView, report: Report): void;
}

export const defineRule = <R extends Rule>(rule: R): R => rule;

/** A hit for every match of the global pattern `re` in `text`, its index moved by `offset`. */
export const hitsOf = (
  text: string,
  re: RegExp,
  hint: (m: RegExpExecArray) => string,
  offset = 0,
) => [...text.matchAll(re)].map((m) => ({ index: offset + m.index, found: m[0], hint: hint(m) }));

/** A short excerpt: the whole text when short, else a window from just before `index`. */
export function excerpt(text: string, index = 0, length = 36): string {
  if (text.length <= 40) return text;
  const from = Math.max(0, index - 6);
  const to = Math.min(text.length, from + length);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * Spans of our own text that quote someone else and stay as written: “…” quotations, 《…》
 * titles, 「…」, 〈…〉, document numbers such as 镇数字发〔2022〕4号, and URLs.
 */
const EXEMPT =
  /(“[^“”]*”|《[^《》]*》|「[^「」]*」|〈[^〈〉]*〉|[\u4e00-\u9fff]{1,10}〔\d{4}〕\d+号|https?:\/\/[^\s）)」”，。]+)/;

/** Splits text into free and exempt (quoted) spans, alternating, in order; 原文 is one exempt span. */
export function splitExempt(text: string, verbatim = false) {
  if (verbatim) return [{ start: 0, text, exempt: true }];
  let start = 0;
  return text.split(EXEMPT).map((part, i) => {
    const span = { start, text: part, exempt: i % 2 === 1 };
    start += part.length;
    return span;
  });
}

/** Applies `fn` to the free spans only. */
export function mapFree(text: string, verbatim: boolean, fn: (s: string) => string): string {
  return splitExempt(text, verbatim)
    .map((s) => (s.exempt ? s.text : fn(s.text)))
    .join('');
}

export const MISSING = '(missing / 缺失)';
export const BODY = '(正文 body)';
