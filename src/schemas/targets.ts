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
  return baseEntry(ref, 'targets').extend({
    year: z.number().int().min(2000).max(2100).optional().describe('目标年份；来源没给就不写'),
    certainty: z
      .enum(TARGET_CERTAINTY)
      .describe(
        '有多确定是方案本身的目标：plan 解读稿所述方案内容 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
      ),
    quote: quoteSchema(ref).describe('目标的原文'),
    caveat: z.string().optional().describe('读者必须知道的：有多确定、缺什么'),
  });
}
