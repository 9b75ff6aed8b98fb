import { z } from 'astro/zod';
import { ID_PATTERNS, dateStatus, factIds, needsDate, partialDate, publicUrl } from './shared.ts';

/** Kinds of publisher, best first, following the fact sheet's 来源性质. */
export const RELIABILITY = ['official', 'mainstream', 'repost', 'mirror', 'low'] as const;

/**
 * A document the site cites. Sources have slug IDs (`src-…`) because they are
 * referred to by name in content, not browsed in order.
 */
export const sourceSchema = z
  .object({
    id: z
      .string()
      .regex(ID_PATTERNS.sources.pattern, { message: 'expected a slug ID like src-explainer' })
      .describe('编号：src- 开头的小写字母、数字和连字符，如 src-xinhua-20240705'),
    title: z.string().min(2).describe('文章或文件标题，照录（简体）'),
    outlet: z.string().min(1).describe('原始媒体（如 中新网），即使读的是转载页'),
    author: z.string().optional().describe('作者或记者，来源署名的'),
    date: partialDate.optional().describe('日期：YYYY、YYYY-MM 或 YYYY-MM-DD，按能确定的精度'),
    dateStatus,
    url: publicUrl.optional().describe('可以公开链接的网址；镜像站、垃圾站、低可靠站点一律不写'),
    reliability: z
      .enum(RELIABILITY)
      .describe(
        '来源性质：official 官方 / mainstream 主流媒体 / repost 转载 / mirror 仅见于镜像 / low 低可靠',
      ),
    primary: z.boolean().default(false).describe('只有本站依据的解读稿为 true'),
    notes: z.string().min(4).describe('读者要知道的：在哪里读到、哪些不确定'),
    facts: factIds.describe('取自这个来源的事实核查表编号'),
  })
  .refine(...needsDate('a source'));
