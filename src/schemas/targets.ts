import { z } from 'astro/zod';
import { baseEntry, quoteSchema, type ReferenceFn } from './shared.ts';
import { TARGET_CERTAINTY_ORDER } from '../lib/labels.ts';

/** A stated aim, G1, G2, … */
export function targetSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'targets').extend({
    year: z.number().int().min(2000).max(2100).optional().describe('目标年份；来源没给就不写'),
    certainty: z
      .enum(TARGET_CERTAINTY_ORDER)
      .describe(
        '有多确定是方案本身的目标：plan 解读稿所述方案内容 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
      ),
    quote: quoteSchema(ref).describe('目标的原文'),
    caveat: z.string().optional().describe('读者必须知道的：有多确定、缺什么'),
  });
}
