// What a lint rule is: its entry in the editor guide, its messages, and its checks. Each rule
// lives in its own file under rules/; the engine (lint.ts) walks each file once and hands every
// rule the same view of it.
import type { CollectionKey } from '../../schemas/shared.ts';
import type { LintContext } from './lint.ts';
import type { BodyIndex } from './mdx.ts';

type Path = Array<string | number>;

/** Where a finding is: the line in the file and the field (frontmatter path, or 正文 body). */
export interface Where {
  line?: number;
  field: string;
}

/** Reports a finding of any rule (a check may report under a neighbouring rule, e.g. missing-date). */
export type Report = (
  rule: string,
  where: Where,
  found: string,
  hint: string,
  fixable?: boolean,
) => void;

/** A run of text to check: a frontmatter string, a text node of the body, an attribute value. */
export interface TextRun {
  text: string;
  /** 原文: reported, never rewritten (pinyin annotations aside). */
  verbatim: boolean;
  /** Whether AutoCorrect spacing and punctuation apply (off for names, aliases, URLs). */
  autocorrect: boolean;
}

/** A problem inside a run of text, `index` a UTF-16 offset into it; fixable unless the rule's fix is 'no'. */
export interface TextHit {
  index: number;
  found: string;
  hint: string;
  fixable?: boolean;
}

/** An object in the frontmatter (or YAML file): its path, printed field name and line. */
export interface DataObject {
  path: Path;
  field: string;
  line: number;
  rec: Record<string, unknown>;
  /** A fact of an entry's `facts` list (with its text). */
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
  /** The MDX body, when the file has one and it parses. */
  body?: BodyIndex;
  /** The MDX compiler's message (and file line) when the body does not parse. */
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
  /** What a finding expected instead, in Chinese and English. */
  expected: readonly [zh: string, en: string];
  fix: 'yes' | 'outside-quotes' | 'no';
  /**
   * Where `check` runs. `raw`: everything a reader may see, 原文 and markup included; `prose`:
   * text only; `frontmatter`: frontmatter strings only (shown as plain text).
   */
  scope?: 'raw' | 'prose' | 'frontmatter';
  /** Checks one run of text. */
  check?(run: TextRun, ctx: LintContext): TextHit[];
  /** Repairs one run of text (never 原文, unless the rule says so). */
  repair?(run: TextRun): string;
  /** Checks the file's data and, when it has one, its MDX body. */
  checkFile?(view: FileView, report: Report): void;
}

/** Identity function that types a rule file's export. */
export const defineRule = <R extends Rule>(rule: R): R => rule;

/** A hit for every match of the global pattern `re` in `text`, its index moved by `offset`. */
export const hitsOf = (
  text: string,
  re: RegExp,
  hint: (m: RegExpExecArray) => string,
  offset = 0,
): TextHit[] =>
  [...text.matchAll(re)].map((m) => ({ index: offset + m.index, found: m[0], hint: hint(m) }));

/** A short excerpt: the whole text when short, else a window from just before `index`. */
export function excerpt(text: string, index = 0, length = 36): string {
  if (text.length <= 40) return text;
  const from = Math.max(0, index - 6);
  const to = Math.min(text.length, from + length);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

export const MISSING = '(missing / 缺失)';
export const BODY = '(正文 body)';
