import { z } from 'astro/zod';
import { KINDS } from '../lib/kinds.ts';
import { dateStatus, factIds, needsDate, partialDate, publicUrl } from './shared.ts';
import { DATE_OF_LABEL, RELIABILITY_LABEL, keysOf } from '../lib/labels.ts';

/**
 * A document the site cites. Sources have slug IDs (`src-…`) because they are
 * referred to by name in content, not browsed in order.
 */
export const sourceSchema = z
  .object({
    id: z
      .string()
      .regex(KINDS.sources.pattern, { message: 'expected a slug ID like src-explainer' })
      .describe('编号：src- 开头的小写字母、数字和连字符，如 src-xinhua-20240705'),
    title: z.string().min(2).describe('文章或文件标题，照录（简体）'),
    descriptive: z
      .boolean()
      .default(false)
      .describe('标题是本站的描述而非原标题（原标题未记录）时为 true：页面不给它加书名号'),
    outlet: z.string().min(1).describe('原始媒体（如 中新网），即使读的是转载页'),
    author: z.string().optional().describe('作者或记者，来源署名的'),
    date: partialDate.optional().describe('日期：YYYY、YYYY-MM 或 YYYY-MM-DD，按能确定的精度'),
    dateStatus,
    dateOf: z
      .enum(keysOf(DATE_OF_LABEL))
      .optional()
      .describe(
        '日期是什么日期：published 刊发日期 / event 所报事件的日期（刊发日期不详）/ page 转载页显示的日期；转载、镜像来源有日期时必填',
      ),
    via: z
      .string()
      .min(2)
      .optional()
      .describe('读到全文的转载或聚合站名称（如 reportify.ai）；url 是它的转载页时必填'),
    url: publicUrl.optional().describe('可以公开链接的网址；镜像站、垃圾站、低可靠站点一律不写'),
    reliability: z
      .enum(keysOf(RELIABILITY_LABEL))
      .describe(
        '来源性质：official 官方 / mainstream 主流媒体 / repost 转载 / mirror 仅见于镜像 / low 低可靠',
      ),
    primary: z.boolean().default(false).describe('只有本站依据的解读稿为 true'),
    notes: z.string().min(4).describe('读者要知道的：在哪里读到、哪些不确定'),
    facts: factIds.describe('取自这个来源的事实核查表编号'),
  })
  .refine(...needsDate('a source'))
  .refine((s) => !s.date || s.dateOf || !['repost', 'mirror'].includes(s.reliability), {
    message: 'a source read on a repost or mirror needs dateOf: published, event or page',
    path: ['dateOf'],
  })
  .refine((s) => s.reliability !== 'repost' || !s.url || s.via, {
    message: 'a repost linked by url needs via: the site the text was read on',
    path: ['via'],
  });
