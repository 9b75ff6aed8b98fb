import { z } from 'astro/zod';
import { quoteSchema, type ReferenceFn } from './shared.ts';

/**
 * The three tiers of the "876" project. `statedCount` is what the source says
 * (8, 7, 6); the site displays counts derived from the industries, and a test
 * compares the two.
 */
export function tierSchema(ref: ReferenceFn) {
  return z.object({
    id: z
      .enum(['E', 'F', 'T'])
      .describe('类别：E 新兴产业 / F 未来产业 / T 传统产业，也是产业方向编号的首字母'),
    title: z.string().min(2).describe('类别名称，如 新兴产业'),
    short: z.string().min(1).max(4).describe('简称，用于筛选和方块，如 新兴'),
    unit: z.string().min(1).describe('来源计数用的单位，如“条重点产业链”'),
    statedCount: z.number().int().positive().describe('来源所说的个数'),
    aim: z.string().min(4).describe('这一类的目标，本站的话'),
    quote: quoteSchema(ref).describe('这一目标的原文'),
  });
}
