// What a lint rule is: its entry in the editor guide, its messages, and its checks. Each rule
// lives in its own file under rules/; the engine (lint.ts) runs the checks a rule has.
import type { Node, Root } from 'mdast';
import type { CollectionKey } from '../../schemas/shared.ts';
import type { LintContext } from './lint.ts';

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

/** A problem inside a run of text, `index` a UTF-16 offset into it. */
export interface TextHit {
  index: number;
  found: string;
  hint: string;
  fixable: boolean;
}

/** The frontmatter (or a YAML file) as a check sees it. */
export interface DataView {
  collection?: CollectionKey;
  data: unknown;
  lineOf(path: Array<string | number>): number;
}

/** An MDX body as a check sees it: the syntax tree, with lines counted in the whole file. */
export interface BodyView {
  tree: Root;
  /** The body's source. */
  source: string;
  /** The file line of a node, or of the `index`th character of a text node's value. */
  line(node: Node, index?: number): number;
  /** The entry's frontmatter data, and the file line of a field in it. */
  data: Record<string, unknown>;
  dataLine(path: Array<string | number>): number;
  ctx: LintContext;
}

/** One lint rule. `fix: 'outside-quotes'` = repaired except in 原文 and quotations. */
export interface Rule {
  id: string;
  severity: 'error' | 'warning';
  /** Chinese name, what it checks and why (the editor guide), English one-liner. */
  zh: string;
  what: string;
  why: string;
  en: string;
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
  /** Checks a file's frontmatter or YAML data. */
  checkData?(view: DataView, report: Report): void;
  /** Checks an MDX body's tree. */
  checkBody?(view: BodyView, report: Report): void;
}

/** Identity function that types a rule file's export. */
export const defineRule = <R extends Rule>(rule: R): R => rule;

/** A short excerpt: the whole text when short, else a window from just before `index`. */
export function excerpt(text: string, index = 0, length = 36): string {
  if (text.length <= 40) return text;
  const from = Math.max(0, index - 6);
  const to = Math.min(text.length, from + length);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

type Path = Array<string | number>;

/** Every object in parsed YAML data with its path, depth first. */
export function objectsIn(data: unknown, path: Path = []): Array<[Path, Record<string, unknown>]> {
  if (Array.isArray(data)) return data.flatMap((x, i) => objectsIn(x, [...path, i]));
  if (!data || typeof data !== 'object') return [];
  const rec = data as Record<string, unknown>;
  return [[path, rec], ...Object.entries(rec).flatMap(([k, v]) => objectsIn(v, [...path, k]))];
}

/** A field path as printed: `facts[0].date`. */
export function fieldName(path: Path): string {
  return (
    path.reduce<string>(
      (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
      '',
    ) || '(entry)'
  );
}

/** Whether the object at `path` is a fact of an entry's `facts` list (with its text). */
export const isFact = (path: Path, rec: Record<string, unknown>): boolean =>
  path.at(-2) === 'facts' && typeof path.at(-1) === 'number' && typeof rec.text === 'string';

export const MISSING = '(missing / 缺失)';
