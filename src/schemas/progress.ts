import { z } from 'astro/zod';
import {
  baseEntry,
  needsDate,
  partialDate,
  dateStatus,
  factId,
  quoteSchema,
  type ReferenceFn,
} from './shared.ts';
import { AGREEMENT_LABEL, FLAG_WORDS, RELATION_LABEL, keysOf } from '../lib/labels.ts';
import { PERIOD_KIND_LABEL } from '../lib/progress.ts';

/** One figure a source reports, with its period: the unit of the charts and indicators.csv. */
export function indicatorSchema(ref: ReferenceFn) {
  return z.object({
    /** What is measured, one name per indicator across sources (e.g. 技术合同成交额). */
    measure: z.string().min(2),
    /** The source's own name for it, when it differs from `measure` (e.g. 技术合同交易额). */
    wording: z.string().min(2).optional(),
    value: z.number(),
    /** Unit as the source gives it: %, 家, 亿元, 项, 个. */
    unit: z.string().min(1),
    /** How the source words a figure that is not exact (600 余项, 超过 200 亿元). */
    qualifier: z.enum(['余', '超过', '预计超过']).optional(),
    /** Period the value is for, as a label: 2024Q1, 2024H1, 2024, 十四五末, 2022—2024. */
    period: z.string().min(2),
    periodKind: z.enum(keysOf(PERIOD_KIND_LABEL)),
    source: ref('sources'),
    /** Fact-sheet ID, e.g. PRG-6. */
    fact: factId,
    /** What a reader must know about this value (timing unclear, rounded, conflicting). */
    note: z.string().optional(),
  });
}

/**
 * A link to an entry the item concerns, with where the link comes from: the
 * source states it, or it is our reading (本站解读) and says why.
 */
export function relatedSchema(ref: ReferenceFn) {
  return z
    .object({
      industry: ref('industries').optional(),
      target: ref('targets').optional(),
      statement: ref('statements').optional(),
      basis: z.enum(['source', 'editorial']),
      /** For a target: whether the item's figure agrees with the target's. */
      agreement: z.enum(keysOf(AGREEMENT_LABEL)).optional(),
      /** Why the entries are linked. */
      note: z.string().min(4),
    })
    .refine((r) => [r.industry, r.target, r.statement].filter(Boolean).length === 1, {
      message: 'give exactly one of industry, target or statement',
    })
    .refine((r) => !r.target || r.agreement, {
      message: 'a link to a target needs agreement: agrees, differs or unclear',
      path: ['agreement'],
    });
}

/** A dated report of what happened since the plan, R01, R02, … */
export function progressSchema(ref: ReferenceFn) {
  return baseEntry(ref, 'progress')
    .extend({
      date: partialDate.optional().describe('发生或报道的日期：YYYY、YYYY-MM 或 YYYY-MM-DD'),
      dateStatus,
      flags: z
        .array(z.enum(keysOf(FLAG_WORDS)))
        .default([])
        .describe(
          '提醒读者的标记：mirror（只见于镜像页 ⚠）、inferred（推断）、conflict（两说并存）',
        ),
      caveat: z
        .string()
        .optional()
        .describe('标记在本条的含义：哪个镜像页、推断了什么、与哪个来源不一致（有标记时必填）'),
      indicators: z
        .array(indicatorSchema(ref))
        .default([])
        .describe(
          '来源报道的数值：指标、数值、单位、时期、来源和事实编号；/progress/ 的图表由此生成',
        ),
      relation: z
        .enum(keysOf(RELATION_LABEL))
        .default('same-period')
        .describe(
          '与方案的关系：implements 来源称落实方案（须有 claim 原话）/ same-period 同期报道，来源未与方案挂钩 / spans-before 所报时段包括方案出台前 / commentary 评论',
        ),
      claim: quoteSchema(ref)
        .optional()
        .describe('报道把结果归于方案时的原话（原文），如“落实《行动方案》”'),
      related: z
        .array(relatedSchema(ref))
        .default([])
        .describe(
          '本条涉及的产业、目标或讲话；basis 为 source 表示来源写明，为 editorial 表示本站解读',
        ),
    })
    .refine(...needsDate('a progress item'))
    .refine((p) => (p.relation === 'implements') === (p.claim !== undefined), {
      message:
        'relation "implements" needs a claim (the source\'s words tying the result to the plan), and a claim needs relation "implements"',
      path: ['relation'],
    })
    .refine((p) => p.flags.length === 0 || p.caveat !== undefined, {
      message: 'a flagged progress item needs a caveat saying what the flag means here',
      path: ['caveat'],
    });
}
