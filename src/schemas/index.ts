import { z } from 'astro/zod';
import {
  ENTRY_ID_PATTERN,
  baseEntry,
  dateStatus,
  factSchema,
  needsDate,
  partialDate,
  quoteSchema,
  type CollectionKey,
  type ReferenceFn,
} from './shared.ts';
import { sourceSchema } from './sources.ts';
import { planSchema } from './plan.ts';
import { progressSchema } from './progress.ts';
import { MEASURE_STATUS_LABEL, TARGET_CERTAINTY_ORDER, keysOf } from '../lib/labels.ts';

/** All schemas, keyed by collection, built with the given reference function (see ReferenceFn). */
export function buildSchemas(ref: ReferenceFn) {
  const quote = quoteSchema(ref);
  const year = z.number().int().min(2000).max(2100);
  return {
    plan: planSchema(ref),
    sources: sourceSchema,
    // The three tiers of the "876" project. `statedCount` is what the source says (8, 7, 6); a
    // test compares it with the count of industries the site displays.
    tiers: z.object({
      id: z
        .enum(['E', 'F', 'T'])
        .describe('类别：E 新兴产业 / F 未来产业 / T 传统产业，也是产业方向编号的首字母'),
      title: z.string().min(2).describe('类别名称，如 新兴产业'),
      short: z.string().min(1).max(4).describe('简称，用于筛选和方块，如 新兴'),
      unit: z.string().min(1).describe('来源计数用的单位，如“条重点产业链”'),
      statedCount: z.number().int().positive().describe('来源所说的个数'),
      aim: z.string().min(4).describe('这一类的目标，本站的话'),
      quote: quote.describe('这一目标的原文'),
    }),
    // The ID carries tier and order (E1–E8, F1–F7, T1–T6), so neither is typed a second time.
    industries: baseEntry(ref, 'industries').extend({
      quotes: z
        .array(quote)
        .min(1, { message: 'quote the source that names this direction' })
        .describe('原文，可多条：来源中点名这一方向的话（text、source、locator）'),
      facts: z
        .array(factSchema(ref))
        .default([])
        .describe('带日期的事实：text、date、dateStatus、fact、source、caveat、old'),
      unknowns: z
        .array(z.string().min(4))
        .default([])
        .describe('来源没有说明的事项，每条一句，如“未找到：……”'),
      aspects: z.array(ref('aspects')).default([]).describe('相关方面的编号（本站解读）'),
      programmes: z.array(ref('programmes')).default([]).describe('相关工程的编号（本站解读）'),
      industries: z.array(ref('industries')).default([]).describe('相关产业方向的编号'),
    }),
    pillars: baseEntry(ref, 'pillars').extend({
      quote: quote.describe('点名这个板块的原文：text、source、locator'),
    }),
    aspects: baseEntry(ref, 'aspects').extend({
      quote: quote.describe('点名这个方面的原文：text、source、locator'),
      // The explainer names pillars and aspects but does not map one to the other.
      pillar: ref('pillars').optional().describe('所属板块；只有来源写明时才填'),
    }),
    // No source lists the measures yet: one is added only with a source that quotes it.
    measures: baseEntry(ref, 'measures').extend({
      aspect: ref('aspects').describe('所属方面 A1—A9，必须是来源写明的'),
      text: quote.describe('举措原文：text、source、locator'),
      status: z
        .enum(keysOf(MEASURE_STATUS_LABEL))
        .default('unknown')
        .describe('进展，只按来源所报；来源没说就是 unknown'),
    }),
    // The 2024 work programme's "four projects" (四项工程).
    programmes: baseEntry(ref, 'programmes').extend({
      year: year.meta({ description: '工作要点的年份，四位数字', examples: [2024] }),
      quote: quote.describe('点名这项工程及其目的的原文'),
      aspects: z.array(ref('aspects')).default([]).describe('相关方面的编号，如 A1（本站解读）'),
    }),
    statements: baseEntry(ref, 'statements')
      .extend({
        speaker: z.string().min(2).describe('讲话人'),
        role: z.string().min(2).describe('讲话人当时的职务，按来源写'),
        date: partialDate.optional().describe('讲话或报道的日期：YYYY、YYYY-MM 或 YYYY-MM-DD'),
        dateStatus,
        quote: quote.describe('讲话原话：逐字照录，简短'),
        occasion: z.string().optional().describe('场合，如访谈、发布会'),
      })
      .refine(...needsDate('a statement')),
    targets: baseEntry(ref, 'targets').extend({
      year: year.optional().describe('目标年份；来源没给就不写'),
      certainty: z
        .enum(TARGET_CERTAINTY_ORDER)
        .describe(
          '有多确定是方案本身的目标：plan 解读稿所述方案内容 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
        ),
      quote: quote.describe('目标的原文'),
      caveat: z.string().optional().describe('读者必须知道的：有多确定、缺什么'),
    }),
    terms: baseEntry(ref, 'terms').extend({
      pinyin: z.string().optional().describe('带声调的汉语拼音，如 kējì zhāoshāng'),
      related: z
        .array(
          z
            .string()
            .regex(ENTRY_ID_PATTERN, { message: 'expected an entry ID such as E3, A7 or GL02' }),
        )
        .default([])
        .describe('相关条目的编号（任何类型），如 E3、GL02'),
    }),
    progress: progressSchema(ref),
  } satisfies Record<CollectionKey, unknown>;
}
