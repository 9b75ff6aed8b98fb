import { z } from 'astro/zod';
import { baseEntry, type ReferenceFn } from './shared.ts';

/** A policy term in the glossary, GL01, GL02, … */
export function termSchema(ref: ReferenceFn) {
  return baseEntry(ref, /^GL\d{2}$/, 'GL07').extend({
    /** Hanyu pinyin of the term, with tone marks. */
    pinyin: z.string().optional(),
    /** Entries this term is tied to (any kind). */
    related: z
      .array(
        z.string().regex(/^([EFT]\d+|[BAPQG]\d+|M\d{2}|GL\d{2})$/, {
          message: 'expected an entry ID such as E3, A7 or GL02',
        }),
      )
      .default([]),
  });
}
