import { z } from 'astro/zod';
import { quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * The three tiers of the "876" project. `statedCount` is what the source says
 * (8, 7, 6); the site displays counts derived from the industries, and a test
 * compares the two.
 */
export function tierSchema(ref: ReferenceFn) {
  return z.object({
    /** One letter, also the prefix of the tier's industry IDs: E, F or T. */
    id: z.enum(['E', 'F', 'T']),
    /** 新兴产业 / 未来产业 / 传统产业 */
    title: z.string().min(2),
    /** Short label for filters and tiles: 新兴 / 未来 / 传统. */
    short: z.string().min(1).max(4),
    /** How the source counts this tier (e.g. 8 条重点产业链). */
    unit: z.string().min(1),
    /** The number of directions the source gives for this tier. */
    statedCount: z.number().int().positive(),
    /** What the plan aims for in this tier, in our words. */
    aim: z.string().min(4),
    /** The source's own words for that aim. */
    quote: quoteSchema(ref),
  });
}
