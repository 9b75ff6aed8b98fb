import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** One of the nine aspects (方面) that group the plan's 30 measures, A1–A9. */
export function aspectSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'aspects').extend({
    quote: quoteSchema(ref).describe('点名这个方面的原文：text、source、locator'),
    // The explainer names pillars and aspects but does not map one to the other.
    pillar: ref('pillars').optional().describe('所属板块；只有来源写明时才填'),
  });
}
