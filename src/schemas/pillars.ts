import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** One of the three pillars (板块) the plan is built on, B1–B3. */
export function pillarSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^B[1-9]$/, 'B1').extend({
    /** 原文 naming the pillar. */
    quote: quoteSchema(ref),
  });
}
