// The open-data tables (/data/): which columns each file has, what each column
// means, and how rows are drawn from the entries. The CSV, JSON and XLSX files and
// the data dictionary page all read these same definitions, so they are written once.
import type { CollectionEntry } from 'astro:content';
import { DATE_STATUS_VALUES } from '../schemas/shared.ts';
import { entryPath, type EntryKind } from '../lib/kinds.ts';
import { relatedLinks } from '../lib/progress.ts';
import {
  ENTRY_COLUMNS,
  SOURCE_COLUMNS,
  dateColumns,
  dateValues,
  refColumns,
  table,
  titlesNote,
} from '../lib/export-columns.ts';
import { getPlan } from './load.ts';

/** An entry that cites sources: every kind but the sources themselves. */
type Cited = CollectionEntry<Exclude<EntryKind, 'sources'>>;

export type ExportTable = Awaited<ReturnType<typeof getExportTables>>[number];

/** Every export table, drawn from the collections, with absolute permalinks. */
export async function getExportTables() {
  const p = await getPlan();
  const permalink = (kind: EntryKind, id: string) =>
    new URL(entryPath(kind, id), import.meta.env.SITE).href;
  const titleOf = (id: string | undefined) => (id ? p.index.get(id)?.title : undefined);
  const titles = (list: readonly string[]) => list.map((id) => titleOf(id) ?? '');
  const sourceValues = (id: string) => ({
    source_id: id,
    source_title: titleOf(id),
    source_outlet: p.sourcesById.get(id)?.data.outlet,
    source_url: p.sourcesById.get(id)?.data.url,
  });
  const entry = <D extends Cited['data']>(e: { id: string; collection: EntryKind; data: D }) => {
    const sources = [...new Set(e.data.sources.map((c) => c.source.id))];
    return {
      ...e.data,
      id: e.id,
      sources,
      source_titles: titles(sources),
      url: permalink(e.collection, e.id),
    };
  };
  const entries = <K extends EntryKind>(name: K) => ({ name, items: p[name] });
  const aspects = {
    aspects: '相关方面编号（本站标注，属解读）',
    aspect_titles: titlesNote('相关方面'),
  };
  return [
    table({
      ...entries('industries'),
      title: '重点产业方向',
      columns: {
        ...ENTRY_COLUMNS,
        tier: '层级：新兴 / 未来 / 传统（由编号首字母 E/F/T 得出）',
        aliases: '别名（搜索用），以 | 分隔',
        quote: '原文：来源中点名这一方向的原话',
        ...aspects,
        programmes: '相关 2024 年工程编号（本站标注，属解读）',
        programme_titles: titlesNote('相关工程'),
        unknowns: '来源没有说明的事项，以 | 分隔',
      },
      row: (e) => ({
        ...entry(e),
        tier: p.tiers.find((t) => t.id === e.id[0])?.short,
        quote: e.data.quotes[0]?.text,
        aspect_titles: titles(e.data.aspects.map((r) => r.id)),
        programme_titles: titles(e.data.programmes.map((r) => r.id)),
      }),
    }),
    table({
      name: 'industry-facts',
      title: '产业方向的事实',
      items: p.industries.flatMap((e) => e.data.facts.map((f) => ({ ...f, industry: e }))),
      columns: {
        ...refColumns('industry', '所属产业方向'),
        fact: '事实核查表编号',
        ...dateColumns('事实的日期'),
        text: '事实（本站转述）',
        ...SOURCE_COLUMNS,
        caveat: '注意事项：旧数据、冲突、推断等',
        old: '是否为早于方案的旧数据（true/false）',
      },
      row: (f) => ({
        ...f,
        ...dateValues(f),
        ...sourceValues(f.source.id),
        industry_id: f.industry.id,
        industry_title: f.industry.data.title,
      }),
    }),
    table({
      ...entries('pillars'),
      title: '三大板块',
      columns: { ...ENTRY_COLUMNS, quote: '原文' },
      row: (e) => ({ ...entry(e), quote: e.data.quote.text }),
    }),
    table({
      ...entries('aspects'),
      title: '九个方面',
      columns: {
        ...ENTRY_COLUMNS,
        quote: '原文',
        ...refColumns('pillar', '所属板块（来源未说明时为空）'),
      },
      row: (e) => ({
        ...entry(e),
        quote: e.data.quote.text,
        pillar_id: e.data.pillar?.id,
        pillar_title: titleOf(e.data.pillar?.id),
      }),
    }),
    table({
      ...entries('measures'),
      title: '举措',
      empty: '来源列出了 30 项举措的总数，但没有列出任何一项，所以本表只有表头。',
      columns: {
        ...ENTRY_COLUMNS,
        ...refColumns('aspect', '所属方面'),
        text: '原文：举措条文',
        status: '状态：unknown / planned / in-progress / done',
      },
      row: (e) => ({
        ...entry(e),
        aspect_id: e.data.aspect.id,
        aspect_title: titleOf(e.data.aspect.id),
        text: e.data.text.text,
      }),
    }),
    table({
      ...entries('programmes'),
      title: '2024 年四项工程',
      columns: { ...ENTRY_COLUMNS, year: '年度', quote: '原文', ...aspects },
      row: (e) => ({
        ...entry(e),
        quote: e.data.quote.text,
        aspect_titles: titles(e.data.aspects.map((r) => r.id)),
      }),
    }),
    table({
      ...entries('statements'),
      title: '讲话与表态',
      columns: {
        ...ENTRY_COLUMNS,
        speaker: '讲话人',
        role: '职务',
        ...dateColumns('讲话日期'),
        occasion: '场合',
        quote: '原文：讲话原话',
      },
      row: (e) => ({ ...entry(e), ...dateValues(e.data), quote: e.data.quote.text }),
    }),
    table({
      ...entries('targets'),
      title: '目标',
      columns: {
        ...ENTRY_COLUMNS,
        year: '目标年份',
        certainty:
          '可靠程度：plan 解读稿所述 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
        quote: '原文',
        caveat: '注意事项',
      },
      row: (e) => ({ ...entry(e), quote: e.data.quote.text }),
    }),
    table({
      ...entries('terms'),
      title: '术语',
      columns: {
        ...ENTRY_COLUMNS,
        pinyin: '拼音',
        aliases: '别名，以 | 分隔',
        related: '相关条目编号',
        related_titles: titlesNote('相关条目'),
      },
      row: (e) => ({ ...entry(e), related_titles: titles(e.data.related) }),
    }),
    table({
      ...entries('sources'),
      title: '来源',
      columns: {
        id: '来源编号',
        title: '文章标题',
        outlet: '原始媒体',
        author: '作者或记者',
        ...dateColumns('刊发日期'),
        url: '可公开的网址；镜像站、垃圾站不提供',
        reliability: '来源性质：official / mainstream / repost / mirror / low',
        primary: '是否为本站主要来源',
        notes: '说明',
        facts: '事实核查表编号，以 | 分隔',
        url_page: '本站的来源页',
      },
      row: (e) => ({
        ...e.data,
        ...dateValues(e.data),
        id: e.id,
        url_page: permalink('sources', e.id),
      }),
    }),
    table({
      ...entries('progress'),
      title: '进展报道',
      columns: {
        ...ENTRY_COLUMNS,
        ...dateColumns('事件或报道日期'),
        flags: '提示：mirror 仅见于镜像 / inferred 含推断 / conflict 来源冲突，以 | 分隔',
        caveat: '注意事项',
        claim: '原文：报道把结果归于方案的原话',
        related: '相关条目编号:依据（source 来源写明 / editorial 本站解读），以 | 分隔',
        related_titles: titlesNote('相关条目'),
      },
      row: (e) => {
        const links = relatedLinks(e.data.related);
        return {
          ...entry(e),
          ...dateValues(e.data),
          claim: e.data.claim?.text,
          related: links.map((l) => `${l.id}:${l.basis}`),
          related_titles: titles(links.map((l) => l.id)),
        };
      },
    }),
    table({
      name: 'indicators',
      title: '进展中的指标数值',
      items: p.progress.flatMap((e) => e.data.indicators.map((v) => ({ ...v, item: e }))),
      columns: {
        ...refColumns('item', '所属进展条目'),
        measure: '指标（全站统一的名称）',
        wording: '来源对这一指标的用语（与统一名称相同时照抄）',
        value: '数值',
        unit: '单位',
        qualifier: '来源的限定语：余 / 超过 / 预计超过',
        period: '数值所属时期',
        periodKind: '时期类型：quarter / half / year / period-end / multi-year / unknown',
        event_date: '所属进展条目的事件或报道日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为空',
        event_date_status: `事件日期的来历：${DATE_STATUS_VALUES}`,
        ...SOURCE_COLUMNS,
        source_date: '来源的日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为空',
        source_date_status: `来源日期的来历：${DATE_STATUS_VALUES}`,
        source_date_of:
          '来源日期是什么日期：published 刊发日期 / event 所报事件的日期 / page 转载页日期；空为刊发日期',
        fact: '事实核查表编号',
        note: '注意事项',
      },
      row: (v) => {
        const source = p.sourcesById.get(v.source.id)?.data;
        return {
          ...v,
          ...sourceValues(v.source.id),
          item_id: v.item.id,
          item_title: v.item.data.title,
          wording: v.wording ?? v.measure,
          event_date: v.item.data.date,
          event_date_status: v.item.data.dateStatus,
          source_date: source?.date,
          source_date_status: source?.dateStatus,
          source_date_of: source?.dateOf,
        };
      },
    }),
  ];
}
