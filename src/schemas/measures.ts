import { z } from 'astro/zod';
import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';

/** Where a measure stands, as far as a source tells. */
export const MEASURE_STATUS = ['unknown', 'planned', 'in-progress', 'done'] as const;

/**
 * One of the plan's 30 measures (举措), M01–M30. No source lists them yet:
 * add one only with a source that quotes it.
 */
export function measureSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^M(0[1-9]|[1-9]\d)$/, 'M07').extend({
    /** The aspect (A1–A9) the measure is listed under. */
    aspect: ref('aspects'),
    /** 原文: the measure's text as the source gives it. */
    text: quoteSchema(ref),
    /** Implementation status, only as a source reports it. */
    status: z.enum(MEASURE_STATUS).default('unknown'),
  });
}
