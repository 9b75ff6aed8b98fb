import { z } from 'astro/zod';
import { baseEntry, partialDate, dateStatus, quoteSchema, type ReferenceFn } from './shared.ts';

/** An attributed statement by an official, Q1, Q2, … */
export function statementSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^Q[1-9]\d?$/, 'Q1')
    .extend({
      /** Who spoke. */
      speaker: z.string().min(2),
      /** Their office at the time, as the source gives it. */
      role: z.string().min(2),
      /** When they spoke or the report appeared. */
      date: partialDate.optional(),
      dateStatus,
      /** 原文: their words, verbatim and short. */
      quote: quoteSchema(ref),
      /** Occasion (e.g. 访谈, 发布会). */
      occasion: z.string().optional(),
    })
    .refine((s) => s.dateStatus === 'unknown' || s.date !== undefined, {
      message: 'a statement with dateStatus "stated" or "inferred" needs a date',
      path: ['date'],
    });
}
