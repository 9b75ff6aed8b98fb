import { z } from 'astro/zod';
import { isFlaggedUrl } from '../lib/flagged-hosts.ts';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../lib/kinds.ts';
import flaggedHosts from '../data/flagged-hosts.json' with { type: 'json' };

/**
 * Builds a reference to an entry of another collection: `reference()` inside Astro, a plain
 * checker in the stand-alone validator and the scaffolder, so the same schemas run without Astro.
 */
export type ReferenceFn = (
  collection: CollectionKey,
) => z.ZodType<{ id: string; collection: string }, unknown>;

/**
 * Every collection of the plan, in the order the site presents them: where it lives under
 * content/ and how its files are named (one MDX or YAML file per entry, a YAML list, one object).
 */
export const CONTENT_LAYOUT = {
  plan: { path: 'plan.yaml', kind: 'yaml-one' },
  sources: { path: 'sources', kind: 'yaml-dir' },
  tiers: { path: 'tiers.yaml', kind: 'yaml-list' },
  industries: { path: 'industries', kind: 'mdx' },
  pillars: { path: 'pillars', kind: 'mdx' },
  aspects: { path: 'aspects', kind: 'mdx' },
  measures: { path: 'measures', kind: 'mdx' },
  programmes: { path: 'programmes', kind: 'mdx' },
  statements: { path: 'statements', kind: 'mdx' },
  targets: { path: 'targets', kind: 'mdx' },
  terms: { path: 'terms', kind: 'mdx' },
  progress: { path: 'progress', kind: 'mdx' },
} as const satisfies Record<
  string,
  { path: string; kind: 'mdx' | 'yaml-dir' | 'yaml-list' | 'yaml-one' }
>;
export type CollectionKey = keyof typeof CONTENT_LAYOUT;
export const COLLECTIONS = Object.keys(CONTENT_LAYOUT) as CollectionKey[];

/** Any entry ID except sources' slugs (a term's `related`). */
export const ENTRY_ID_PATTERN = new RegExp(
  ENTRY_KINDS.flatMap((c) => (c === 'sources' ? [] : KINDS[c].pattern.source)).join('|'),
);

/** `2024`, `2024-07` or `2024-07-05`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date as precise as the source allows. */
export const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, {
  message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-07-05)',
});

/** What each dateStatus value means, for the field's help and the open-data dictionary. */
export const DATE_STATUS_VALUES = 'stated 来源写明 / inferred 本站推断 / unknown 不详';

export const dateStatus = z
  .enum(['stated', 'inferred', 'unknown'])
  .describe(`日期的依据：${DATE_STATUS_VALUES}`);

/** An ISO day (YAML may hand it over as a Date). */
const isoDay = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected YYYY-MM-DD' }));

/** A fact-sheet ID such as `IND-E3-1` or `TGT-1` (../shared/sources/fact-sheet.md). */
export const factId = z.string().regex(/^[A-Z]+(-[A-Z0-9]+)*-\d+[a-z]?$/, {
  message: 'expected a fact-sheet ID such as IND-E3-1 or TGT-1',
});

/** Fact-sheet IDs that trace a statement back to the fact sheet. */
export const factIds = z.array(factId).default([]).describe('事实核查表编号，如 IND-E3-1、TGT-1');

/** A link that may be published: http(s) and not a mirror or spam host the fact sheet flags. */
export const publicUrl = z
  .url({ protocol: /^https?$/ })
  .refine((url) => !isFlaggedUrl(url, flaggedHosts), {
    message:
      'no link to a mirror or spam site flagged in the fact sheet: leave url out and name the outlet and date in notes',
  });

/** Which source says it, and where in it. */
const cited = (ref: ReferenceFn) => ({
  source: ref('sources').describe('来源编号：content/sources 中已有来源的 id，如 src-explainer'),
  locator: z.string().optional().describe('在来源中的位置，如“第 5 段”；不知道就不写'),
});

/** A verbatim quotation (原文): short, attributed, never rewritten. */
export function quoteSchema(ref: ReferenceFn) {
  return z.object({
    text: z
      .string()
      .min(2)
      .regex(/^(?![“"][^“”"]*[”"]$)/, { message: 'write the words without quotation marks' })
      .describe('原文：逐字照录来源的话（简体），可用……省略；不改写，不加引号'),
    ...cited(ref),
    speaker: z.string().optional().describe('说话人，来源把这句话归于某人时填写'),
  });
}

/** A fact needs a date unless its date is unknown. */
export const needsDate = (what: string) =>
  [
    (d: { dateStatus: string; date?: string }) =>
      d.dateStatus === 'unknown' || d.date !== undefined,
    {
      message: `${what} with dateStatus "stated" or "inferred" needs a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
      path: ['date'] as PropertyKey[],
    },
  ] as const;

/** A dated, sourced fact (e.g. an industry figure). */
export function factSchema(ref: ReferenceFn) {
  return z
    .object({
      text: z.string().min(4).describe('事实，用本站自己的话，带数字'),
      date: partialDate.optional().describe('事实成立或报道的日期'),
      dateStatus,
      fact: factId.describe('事实核查表编号，如 IND-E3-1'),
      source: cited(ref).source,
      caveat: z.string().optional().describe('读者必须知道的注意事项：旧数据、数字冲突、推断'),
      old: z.boolean().default(false).describe('早于方案的旧数据，只作背景'),
    })
    .refine(...needsDate('a fact'));
}

/** Fields every entry shares: ID (shaped as the table of kinds says), title, summary, sources, last update. */
export function baseEntry(ref: ReferenceFn, collection: EntryKind) {
  const { pattern, example } = KINDS[collection];
  return z.object({
    id: z
      .string()
      .regex(pattern, { message: `expected an ID like ${example}` })
      .describe('编号：决定网址，发布后不能改；npm run new 会给出下一个空闲编号'),
    title: z.string().min(1).describe('标题：页面上显示的中文标题'),
    summary: z
      .string()
      .min(8)
      .max(160)
      .describe('摘要：8—160 字，用本站自己的话概括；用于列表、搜索和链接预览'),
    sources: z
      .array(z.object({ ...cited(ref), facts: factIds }))
      .min(1, { message: 'every entry needs at least one source' })
      .describe('本条依据的来源，至少一个：source 来源编号、locator 位置、facts 核查表编号'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('检索别名：读者可能搜索的其他叫法，如人工智能的 AI'),
    updated: isoDay.describe('最后一次实质修改的日期，YYYY-MM-DD'),
  });
}
