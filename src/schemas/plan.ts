import { z } from 'astro/zod';
import { partialDate, dateStatus, quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * Facts about the plan as a document: its name, who issued it, and the totals
 * the sources state. Stated totals are facts with a source; every count the
 * site derives from the entries is checked against them by the tests.
 */
export function planSchema(ref: ReferenceFn) {
  const statedCount = z.object({
    /** The number the source gives. */
    value: z.number().int().positive(),
    /** 原文 in which the source gives it. */
    quote: quoteSchema(ref),
  });
  return z.object({
    id: z.literal('plan'),
    /** Full title, without book-title marks. */
    title: z.string().min(4),
    /** Short name the sources use (e.g. 行动方案). */
    shortTitle: z.string().min(2),
    /** Who issued the plan, as the sources say. */
    issuers: z.array(z.string().min(2)).min(1),
    /** Issue date, as precise as known. */
    issued: partialDate.optional(),
    issuedStatus: dateStatus,
    /** What we know and do not know about the issue date. */
    issuedNote: z.string().min(4),
    /** Document number (文号), unknown until a source gives it. */
    documentNumber: z.string().optional(),
    /** What the plan sets out to do, in our words. */
    purpose: z.string().min(8),
    quote: quoteSchema(ref),
    /** Totals as the sources state them. */
    stated: z.object({
      directions: statedCount,
      pillars: statedCount,
      aspects: statedCount,
      measures: statedCount,
      programmes: statedCount,
    }),
  });
}
