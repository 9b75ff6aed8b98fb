import { z } from 'astro/zod';
import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** One of the 2024 work programme's "four projects" (四项工程), P1–P4. */
export function programmeSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^P[1-9]$/, 'P2').extend({
    /** Year of the work programme. */
    year: z.number().int().min(2000).max(2100),
    /** 原文 naming the project and its aim. */
    quote: quoteSchema(ref),
    /** Aspects this project relates to (our reading, labelled 解读). */
    aspects: z.array(ref('aspects')).default([]),
  });
}
