/** Chinese labels for schema enums, shown on pages and in exports; the schemas take their values from the keys. */

/** A label table's keys in order, as the tuple `z.enum` takes, so each enum is written once. */
export const keysOf = <K extends string>(labels: Record<K, unknown>) =>
  Object.keys(labels) as [K, ...K[]];

export const RELIABILITY_LABEL = {
  official: '官方',
  mainstream: '主流媒体',
  repost: '转载',
  mirror: '仅见于转载镜像，不予链接',
  low: '低可靠',
} as const;

/** How sure the sources are that a target is the plan's own. */
export const CERTAINTY_LABEL = {
  plan: '解读稿所述方案内容',
  commentary: '见于评论，与方案的对应属推断',
  department: '部门工作计划，不一定是方案条文',
  related: '相关但非本方案（背景）',
} as const;

/** What each provenance flag means, in words: the marks, labels and legends build on these. */
export const FLAG_WORDS = {
  mirror: '仅见于转载镜像页',
  inferred: '含本站推断',
  conflict: '来源说法不一',
} as const;

/**
 * The mark a summary or list item carries when everything its entry cites was read only on
 * mirror pages (the fact sheet's ⚠): the flag travels with the claim, not only with the source
 * list at the foot of the entry.
 */
export const MIRROR_FLAG = `⚠ ${FLAG_WORDS.mirror}`;

export const MEASURE_STATUS_LABEL = {
  unknown: '来源未说明',
  planned: '计划中',
  'in-progress': '推进中',
  done: '已完成',
} as const;

/** Order in which target groups are shown: surest first. */
export const TARGET_CERTAINTY_ORDER = keysOf(CERTAINTY_LABEL);

/** Whose date a source's date is, as a citation says it (nothing for a publication date). */
export const DATE_OF_LABEL = {
  published: '',
  event: '所报事件的日期',
  page: '转载页日期',
} as const;

/** How a progress item stands to the plan, as its source puts it (the schema's relation). */
export const RELATION_LABEL = {
  implements: '来源称是落实《行动方案》',
  'same-period': '方案出台后的同期报道，来源没有与方案挂钩',
  'spans-before': '所报时段包括方案出台以前',
  commentary: '评论文章',
} as const;

/** Whether a reported figure agrees with the target it is shown beside. */
export const AGREEMENT_LABEL = {
  agrees: '与目标一致',
  differs: '与目标不一致',
  unclear: '是否一致，来源没有说清',
} as const;
