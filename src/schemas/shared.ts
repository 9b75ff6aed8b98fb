import { z } from 'astro/zod';

/**
 * Builds a reference to an entry of another collection.
 * Inside Astro this is `reference()` from `astro:content`; the stand-alone
 * validator (scripts/validate-content.ts) passes a plain checker so the same
 * schemas run without Astro and can report unknown IDs with file and field.
 */
export type ReferenceFn = (
  collection: CollectionKey,
) => z.ZodType<{ id: string; collection: string }, unknown>;

/** Every collection of the plan, in the order the site presents them. */
export const COLLECTIONS = [
  'plan',
  'sources',
  'tiers',
  'industries',
  'pillars',
  'aspects',
  'measures',
  'programmes',
  'statements',
  'targets',
  'terms',
  'progress',
] as const;
export type CollectionKey = (typeof COLLECTIONS)[number];

/** A calendar date as precise as the source allows: `2024`, `2024-07` or `2024-07-05`. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-07-05)',
});

/** How a date is known: written on the page, worked out by us (推断), or not known at all. */
export const dateStatus = z.enum(['stated', 'inferred', 'unknown']);

/** An ISO day, used for `updated` (when an entry was last edited). */
export const isoDay = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected YYYY-MM-DD' }));

/** Fact-sheet IDs (e.g. `IND-E3-1`, `TGT-1`) that trace a statement back to ../shared/sources/fact-sheet.md. */
export const factIds = z
  .array(
    z.string().regex(/^[A-Z]+(-[A-Z0-9]+)*-\d+$/, {
      message: 'expected a fact-sheet ID such as IND-E3-1 or TGT-1',
    }),
  )
  .default([]);

/** Short strings that search should also find this entry by (e.g. `AI` for 人工智能). */
export const aliases = z.array(z.string().min(1)).default([]);

/** Builds the schema of a citation: which source says it, and where in it. */
export function citationSchema(ref: ReferenceFn) {
  return z.object({
    /** ID of an entry in content/sources. */
    source: ref('sources'),
    /** Where in the source (e.g. 第 6 段); optional. */
    locator: z.string().optional(),
    /** Fact-sheet IDs this citation rests on. */
    facts: factIds,
  });
}

/** Builds the schema of a verbatim quotation (原文): short, attributed, never rewritten. */
export function quoteSchema(ref: ReferenceFn) {
  return z.object({
    /** The words exactly as the source has them (simplified characters). */
    text: z.string().min(2),
    /** ID of an entry in content/sources. */
    source: ref('sources'),
    /** Where in the source (e.g. 第 6 段). */
    locator: z.string().optional(),
    /** Who says it, where the source attributes it to a person. */
    speaker: z.string().optional(),
  });
}

/** Builds the schema of a dated, sourced fact (e.g. an industry figure). */
export function factSchema(ref: ReferenceFn) {
  return z
    .object({
      /** The fact in our own words, with its figures. */
      text: z.string().min(4),
      /** When the fact holds or was reported. */
      date: partialDate.optional(),
      /** Whether the date is stated by the source, inferred by us, or unknown. */
      dateStatus: dateStatus,
      /** Fact-sheet ID, e.g. IND-E3-1. */
      fact: z.string().regex(/^[A-Z]+(-[A-Z0-9]+)*-\d+$/, {
        message: 'expected a fact-sheet ID such as IND-E3-1',
      }),
      /** ID of an entry in content/sources. */
      source: ref('sources'),
      /** Caveats a reader must see: old data, conflicting figures, inference. */
      caveat: z.string().optional(),
      /** True for data older than the plan (旧数据): shown only as background. */
      old: z.boolean().default(false),
    })
    .refine((f) => f.dateStatus === 'unknown' || f.date !== undefined, {
      message:
        'a fact with dateStatus "stated" or "inferred" needs a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      path: ['date'],
    });
}

/** Fields every entry shares: ID, title, summary, sources, last update. */
export function baseEntry(ref: ReferenceFn, idPattern: RegExp, idExample: string) {
  return z.object({
    /** Stable ID shown on the page and used in its URL; never changes once published. */
    id: z.string().regex(idPattern, { message: `expected an ID like ${idExample}` }),
    /** Chinese title as shown on the site. */
    title: z.string().min(1),
    /** One or two sentences in our own words: used in lists, search and link previews. */
    summary: z.string().min(8).max(160),
    /** Every source this entry relies on (at least one). */
    sources: z
      .array(citationSchema(ref))
      .min(1, { message: 'every entry needs at least one source' }),
    /** Search aliases. */
    aliases,
    /** Day this entry was last changed in substance (YYYY-MM-DD). */
    updated: isoDay,
  });
}
