import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** One of the three pillars (板块) the plan is built on, B1–B3. */
export function pillarSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'pillars').extend({
    quote: quoteSchema(ref).describe('点名这个板块的原文：text、source、locator'),
  });
}
