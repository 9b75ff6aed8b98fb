import type { z } from 'astro/zod';
import { formatPartialDate } from './dates.ts';
import { DATE_OF_LABEL } from './labels.ts';
import { SITE_NAME } from './site.ts';
import type { sourceSchema } from '../schemas/sources.ts';
import type { planSchema } from '../schemas/plan.ts';

type Source = z.output<typeof sourceSchema>;

/** The fields of a source (src/schemas/sources.ts) that a citation needs. */
export type SourceLike = Pick<Source, 'title' | 'outlet' | 'dateStatus'> &
  Partial<Pick<Source, 'descriptive' | 'author' | 'date' | 'dateOf' | 'via' | 'url'>>;

/**
 * A source's date with what a reader needs to weigh it: precision as written (2024, 2024-07,
 * 2024-07-05), whether it is inferred, and whose date it is when not the original's.
 * `iso` writes 2024-07-05 (GB/T lines), otherwise 2024 年 7 月 5 日.
 */
export function sourceDate(s: SourceLike, iso = false): string {
  if (s.dateStatus === 'unknown' || !s.date) return '日期不详';
  const marks = [DATE_OF_LABEL[s.dateOf ?? 'published'], s.dateStatus === 'inferred' && '推断'];
  const note = marks.filter(Boolean).join('，');
  return `${iso ? s.date : formatPartialDate(s.date)}${note ? `（${note}）` : ''}`;
}

/**
 * A title as Chinese copy names it: a headline in 《》 (a 《》 inside it becomes 〈〉), a
 * description the site made up as plain words.
 */
export function titleZh(s: Pick<SourceLike, 'title' | 'descriptive'>): string {
  if (s.descriptive) return s.title;
  return `《${s.title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** Where the text was read, when not at the outlet: `读自 reportify.ai 的转载页`. */
const readVia = (s: SourceLike) => {
  if (!s.via) return undefined;
  const pad = (c: string | undefined) => (c && /[\x21-\x7e]/.test(c) ? ' ' : '');
  return `读自${pad(s.via[0])}${s.via}${pad(s.via.at(-1))}的转载页`;
};

/** A short attribution line: outlet, author and date, e.g. `中新网 · 徐珊珊 · 2024 年 7 月 5 日`. */
export function describeSource(s: SourceLike): string {
  return [s.outlet, s.author, sourceDate(s), readVia(s)].filter(Boolean).join(' · ');
}

/**
 * Whether the fact an entry rests on (the first fact of its first citation) was found only
 * on mirror pages (the fact sheet's ⚠): no source the site has for that fact is better than
 * a mirror. A related source cited later does not lift the flag; an entry that rests on a
 * source without fact IDs takes that source's reliability.
 */
export function restsOnFlaggedFact(
  cited: ReadonlyArray<{ source: { id: string }; facts?: readonly string[] }>,
  sources: ReadonlyArray<{ id: string; reliability: string; facts?: readonly string[] }>,
): boolean {
  const first = cited[0];
  if (!first) return false;
  const fact = first.facts?.[0];
  const holders = fact
    ? sources.filter((s) => s.facts?.includes(fact))
    : sources.filter((s) => s.id === first.source.id);
  return holders.length > 0 && holders.every((s) => s.reliability === 'mirror');
}

/**
 * The ways to cite a site item (`id` left out for sources, whose slugs are internal; `url`
 * absolute; `updated` left out when the item has none), each as the text before and after its
 * access date, which a page can fill in later: a one-line `short` form for a news story,
 * GB/T 7714-2015 for electronic resources (题名[EB/OL]. (更新日期)[引用日期]. URL.) and `plain`
 * text for pasting into an article; the last two list the item's sources.
 */
export function itemCitations(c: {
  id?: string;
  title: string;
  kindLabel: string;
  url: string;
  updated?: string;
  sources: SourceLike[];
}): Record<'short' | 'gbt' | 'plain', [before: string, after: string]> {
  const named = c.id ? `${c.id} ${c.title}` : c.title;
  const gbtSources = c.sources.map((s, i) => `\n[${i + 1}] ${gbtSource(s)}`).join('');
  const updated = c.updated ? `更新于 ${formatPartialDate(c.updated)}，` : '';
  return {
    short: [`${SITE_NAME}：${named}，${c.url}（访问于 `, '）'],
    gbt: [
      `${SITE_NAME}. ${named}[EB/OL]. ${c.updated ? `(${c.updated})` : ''}[`,
      `]. ${c.url}.${gbtSources && `\n所据来源：${gbtSources}`}`,
    ],
    plain: [
      `${c.kindLabel}${c.id ? ` ${c.id}` : ''}“${c.title}”，${SITE_NAME}，${c.url}（${updated}访问于 `,
      `）。来源：${c.sources.map(sourceAttribution).join('；') || '无'}。`,
    ],
  };
}

/** One source in GB/T 7714 style: 作者. 题名[N/OL]. 媒体, 日期. 读自…: URL. */
export function gbtSource(s: SourceLike): string {
  const who = s.author ? `${s.author}. ` : '';
  const url = s.url ? `. ${s.via ? `${readVia(s)}: ` : ''}${s.url}` : '';
  return `${who}${s.title}[N/OL]. ${s.outlet}, ${sourceDate(s, true)}${url}.`;
}

/** What citing the plan itself needs: its issuers, title and issue date as far as known. */
export type PlanLike = Pick<
  z.output<ReturnType<typeof planSchema>>,
  'title' | 'issuers' | 'issued' | 'issuedStatus' | 'documentNumber'
>;

/**
 * The plan as a document of its issuers in GB/T 7714 style (type [Z], no document
 * number unless known, an inferred year in brackets), followed by the source we read
 * it in, since no copy of the plan itself has been found.
 */
export function gbtPlanCitation(p: PlanLike, readIn: SourceLike): string {
  const number = p.documentNumber ? `: ${p.documentNumber}` : '';
  const year = p.issuedStatus === 'unknown' ? undefined : p.issued?.slice(0, 4);
  const when = !year ? '[出版年不详]' : p.issuedStatus === 'inferred' ? `[${year}]` : year;
  return `${p.issuers.join(', ')}. ${p.title}${number}[Z]. ${when}.\n转引自：${gbtSource(readIn)}`;
}

/** The plan in one line for a news story: 印发单位印发的《题名》（2024 年，推断）. */
export function shortPlanCitation(p: PlanLike): string {
  const when = [
    p.issued && p.issuedStatus !== 'unknown' ? formatPartialDate(p.issued) : '印发日期不详',
    p.issuedStatus === 'inferred' && '推断',
    p.documentNumber,
  ];
  return `${p.issuers.join('、')}印发的${titleZh(p)}（${when.filter(Boolean).join('，')}）`;
}

/**
 * A verbatim quotation (原文) with its attribution, ready to paste. Quotation marks nest the
 * Chinese way: the passage's own “ ” become ‘ ’ (‘ ’ already there stay, as a source that
 * quoted a speech nested them), its words unchanged. Brackets in the attribution never stack:
 * its own （…） become ，….
 */
export function toQuoteWithAttribution(text: string, s: SourceLike, speaker?: string): string {
  const quoted = text.replace(/[“”]/g, (c) => (c === '“' ? '‘' : '’'));
  const who = `${speaker ? `${speaker}，` : ''}${sourceAttribution(s)}`;
  return `“${quoted}”（${who.replace(/（([^（）]*)）/g, '，$1')}）`;
}

/** `outlet《title》，date`: who published a source and when, as a citation names it. */
export function sourceAttribution(s: SourceLike): string {
  return `${s.outlet}${s.descriptive ? '：' : ''}${titleZh(s)}，${sourceDate(s)}`;
}
