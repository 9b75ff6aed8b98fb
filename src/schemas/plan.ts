import { z } from 'astro/zod';
import { partialDate, dateStatus, quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * Facts about the plan as a document: its name, who issued it, and the totals
 * the sources state. Every count the site derives from the entries is checked
 * against these totals by the tests.
 */
export function planSchema(ref: ReferenceFn) {
  const statedCount = z.object({
    value: z.number().int().positive().describe('来源给出的数'),
    quote: quoteSchema(ref).describe('给出这个数的原文'),
  });
  return z.object({
    id: z.literal('plan').describe('固定为 plan'),
    title: z.string().min(4).describe('方案全称，不加书名号'),
    shortTitle: z.string().min(2).describe('来源使用的简称，如 行动方案'),
    issuers: z.array(z.string().min(2)).min(1).describe('印发单位，按来源'),
    issued: partialDate.optional().describe('印发日期，按来源能确定的精度'),
    issuedStatus: dateStatus.describe('印发日期的依据：stated / inferred / unknown'),
    issuedNote: z.string().min(4).describe('关于印发日期知道什么、不知道什么'),
    documentNumber: z.string().optional().describe('文号；来源没有给出就不写'),
    purpose: z.string().min(8).describe('方案的目的，本站的话'),
    quote: quoteSchema(ref).describe('说明方案目的的原文'),
    stated: z
      .object({
        directions: statedCount,
        pillars: statedCount,
        aspects: statedCount,
        measures: statedCount,
        programmes: statedCount,
      })
      .describe('来源所述的总数及其原文：directions、pillars、aspects、measures、programmes'),
    otherLists: z
      .array(
        z.object({
          document: z.string().min(4).describe('另一份文件的全称，不加书名号'),
          quote: quoteSchema(ref).describe('那份文件自己的清单，原文'),
          note: z.string().min(8).describe('为什么读者会混淆，两份清单有什么不同'),
        }),
      )
      .default([])
      .describe('别的文件中容易与本方案混淆的清单（如另一份文件的“9 个方面”），只并列，不对应'),
  });
}
