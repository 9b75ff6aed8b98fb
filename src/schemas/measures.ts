import { z } from 'astro/zod';
import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';
import { MEASURE_STATUS_LABEL, keysOf } from '../lib/labels.ts';

/**
 * One of the plan's 30 measures (举措), M01–M30. No source lists them yet:
 * add one only with a source that quotes it.
 */
export function measureSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'measures').extend({
    aspect: ref('aspects').describe('所属方面 A1—A9，必须是来源写明的'),
    text: quoteSchema(ref).describe('举措原文：text、source、locator'),
    status: z
      .enum(keysOf(MEASURE_STATUS_LABEL))
      .default('unknown')
      .describe('进展，只按来源所报；来源没说就是 unknown'),
  });
}
