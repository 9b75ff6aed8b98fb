import { z } from 'astro/zod';
import { baseEntry, factSchema, quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * One of the 21 key industry directions. The ID carries tier and order
 * (E1–E8 emerging chains, F1–F7 future industries, T1–T6 traditional
 * industries), so neither is typed a second time.
 */
export function industrySchema(ref: ReferenceFn) {
  return baseEntry(ref, 'industries').extend({
    quotes: z
      .array(quoteSchema(ref))
      .min(1, { message: 'quote the source that names this direction' })
      .describe('原文，可多条：来源中点名这一方向的话（text、source、locator）'),
    facts: z
      .array(factSchema(ref))
      .default([])
      .describe('带日期的事实：text、date、dateStatus、fact、source、caveat、old'),
    unknowns: z
      .array(z.string().min(4))
      .default([])
      .describe('来源没有说明的事项，每条一句，如“未找到：……”'),
    aspects: z.array(ref('aspects')).default([]).describe('相关方面的编号（本站解读）'),
    programmes: z.array(ref('programmes')).default([]).describe('相关工程的编号（本站解读）'),
    industries: z.array(ref('industries')).default([]).describe('相关产业方向的编号'),
  });
}
