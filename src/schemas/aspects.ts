import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** One of the nine aspects (方面) that group the plan's 30 measures, A1–A9. */
export function aspectSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^A[1-9]\d?$/, 'A7').extend({
    /** 原文 naming the aspect. */
    quote: quoteSchema(ref),
    /**
     * The pillar this aspect belongs to. Leave it out unless a source states
     * it: the explainer names pillars and aspects but does not map one to the other.
     */
    pillar: ref('pillars').optional(),
  });
}
