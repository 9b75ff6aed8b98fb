import { z } from 'astro/zod';
import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * How sure the sources are that a target is the plan's own:
 * - plan: the explainer reports it as the plan's content;
 * - commentary: stated in a commentary, linked to the plan by us (推断);
 * - department: a department's work plan, not necessarily plan text;
 * - related: a city target from another document, shown as context only.
 */
export const TARGET_CERTAINTY = ['plan', 'commentary', 'department', 'related'] as const;

/** A stated aim, G1, G2, … */
export function targetSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^G[1-9]\d?$/, 'G3').extend({
    /** Year the aim is set for, where one is given. */
    year: z.number().int().min(2000).max(2100).optional(),
    certainty: z.enum(TARGET_CERTAINTY),
    /** 原文 of the aim. */
    quote: quoteSchema(ref),
    /** What a reader must know about how sure this is. */
    caveat: z.string().optional(),
  });
}
