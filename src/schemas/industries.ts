import { z } from 'astro/zod';
import { baseEntry, factSchema, quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * One of the 21 key industry directions. The ID carries tier and order
 * (E1–E8 emerging chains, F1–F7 future industries, T1–T6 traditional
 * industries), so neither is typed a second time.
 */
export function industrySchema(ref: ReferenceFn) {
  return baseEntry(ref, /^[EFT][1-9]\d?$/, 'E3, F1 or T6').extend({
    /** 原文: the source's words naming this direction. */
    quotes: z
      .array(quoteSchema(ref))
      .min(1, { message: 'quote the source that names this direction' }),
    /** Dated, sourced facts about this direction in Zhenjiang. */
    facts: z.array(factSchema(ref)).default([]),
    /** What the sources do not tell (shown as 未知). */
    unknowns: z.array(z.string().min(4)).default([]),
    /** Related aspects (our reading, labelled 解读 on the page). */
    aspects: z.array(ref('aspects')).default([]),
    /** Related 2024 programme items (our reading). */
    programmes: z.array(ref('programmes')).default([]),
    /** Related directions. */
    industries: z.array(ref('industries')).default([]),
  });
}
