import { z } from 'astro/zod';
import { ENTRY_ID_PATTERN, baseEntry, type ReferenceFn } from './shared.ts';

/** A policy term in the glossary, GL01, GL02, … */
export function termSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'terms').extend({
    pinyin: z.string().optional().describe('带声调的汉语拼音，如 kējì zhāoshāng'),
    related: z
      .array(
        z
          .string()
          .regex(ENTRY_ID_PATTERN, { message: 'expected an entry ID such as E3, A7 or GL02' }),
      )
      .default([])
      .describe('相关条目的编号（任何类型），如 E3、GL02'),
  });
}
