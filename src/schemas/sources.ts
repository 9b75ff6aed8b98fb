import { z } from 'astro/zod';
import { partialDate, dateStatus, factIds } from './shared.ts';

/** Kinds of publisher, best first, following the fact sheet's 来源性质. */
export const RELIABILITY = ['official', 'mainstream', 'repost', 'mirror', 'low'] as const;

/**
 * A document the site cites. Sources have slug IDs (`src-…`) because they are
 * referred to by name in content, not browsed in order.
 */
export const sourceSchema = z
  .object({
    /** Stable slug ID, e.g. `src-explainer`. */
    id: z
      .string()
      .regex(/^src-[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a slug ID like src-explainer' }),
    /** Title of the document, in simplified Chinese. */
    title: z.string().min(2),
    /** The original outlet (e.g. 中新网), even where we only read a repost. */
    outlet: z.string().min(1),
    /** Author or reporter, where named. */
    author: z.string().optional(),
    /** Date of the document, as precise as known. */
    date: partialDate.optional(),
    /** Whether the date is printed on the page, inferred, or unknown. */
    dateStatus,
    /** Link that may be published. Never a mirror or spam site flagged in the fact sheet. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Kind of publisher of the copy we read. */
    reliability: z.enum(RELIABILITY),
    /** True only for the explainer article the site is built on. */
    primary: z.boolean().default(false),
    /** What a reader should know about this source: where it was read, what is uncertain. */
    notes: z.string().min(4),
    /** Fact-sheet IDs drawn from this source. */
    facts: factIds,
  })
  .refine((s) => s.dateStatus === 'unknown' || s.date !== undefined, {
    message: 'a source with dateStatus "stated" or "inferred" needs a date',
    path: ['date'],
  });
