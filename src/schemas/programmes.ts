import { z } from 'astro/zod';
import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** One of the 2024 work programme's "four projects" (四项工程), P1–P4. */
export function programmeSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'programmes').extend({
    year: z.number().int().min(2000).max(2100).describe('工作要点的年份，四位数字'),
    quote: quoteSchema(ref).describe('点名这项工程及其目的的原文'),
    aspects: z.array(ref('aspects')).default([]).describe('相关方面的编号，如 A1（本站解读）'),
  });
}
