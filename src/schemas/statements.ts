import { z } from 'astro/zod';
import {
  baseEntry,
  dateStatus,
  needsDate,
  partialDate,
  quoteSchema,
  type ReferenceFn,
} from './shared.ts';

/** An attributed statement by an official, Q1, Q2, … */
export function statementSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'statements')
    .extend({
      speaker: z.string().min(2).describe('讲话人'),
      role: z.string().min(2).describe('讲话人当时的职务，按来源写'),
      date: partialDate.optional().describe('讲话或报道的日期：YYYY、YYYY-MM 或 YYYY-MM-DD'),
      dateStatus,
      quote: quoteSchema(ref).describe('讲话原话：逐字照录，简短'),
      occasion: z.string().optional().describe('场合，如访谈、发布会'),
    })
    .refine(...needsDate('a statement'));
}
