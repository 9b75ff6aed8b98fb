import { describe, expect, it } from 'vitest';
import {
  describeSource,
  itemCitations,
  restsOnFlaggedFact,
  gbtSource,
  sourceDate,
  titleZh,
  gbtPlanCitation,
  shortPlanCitation,
  toQuoteWithAttribution,
} from './citation.ts';
import { formatPartialDate } from './dates.ts';
import { SITE_NAME } from './site.ts';

const src = {
  title: '标题甲',
  outlet: '中新网',
  author: '徐珊珊',
  date: '2024-07-05',
  dateStatus: 'stated' as const,
  url: 'https://example.org/a',
};
const mirror = { title: '标题乙', outlet: '金山网', dateStatus: 'unknown' as const };
const input = {
  id: 'E3',
  title: '高性能材料',
  kindLabel: '产业方向',
  url: 'https://site.example/industries/e3/',
  updated: '2026-11-20',
  sources: [src, mirror],
};
const ACCESSED = '2026-11-26';
/** A citation as the cite box shows it: the parts with the access date between (ISO in GB/T, Chinese in plain text). */
const fill = ([before, after]: string[], day: string) => `${before}${day}${after}`;
const toGbtCitation = (c: Parameters<typeof itemCitations>[0]) =>
  fill(itemCitations(c).gbt, ACCESSED);
const toPlainCitation = (c: Parameters<typeof itemCitations>[0]) =>
  fill(itemCitations(c).plain, formatPartialDate(ACCESSED));

describe('citation', () => {
  it('describes a source by outlet, author and date, marking unknown dates', () => {
    expect(describeSource(src)).toBe('中新网 · 徐珊珊 · 2024 年 7 月 5 日');
    expect(describeSource(mirror)).toBe('金山网 · 日期不详');
  });
  it('writes GB/T 7714 [EB/OL] with update and access dates, then each source', () => {
    const c = toGbtCitation(input);
    const [first, ...rest] = c.split('\n');
    expect(first).toBe(
      `${SITE_NAME}. E3 高性能材料[EB/OL]. (2026-11-20)[2026-11-26]. https://site.example/industries/e3/.`,
    );
    expect(rest[0]).toBe('所据来源：');
    expect(rest[1]).toContain('徐珊珊. 标题甲[N/OL]. 中新网, 2024-07-05. https://example.org/a.');
    expect(rest[2]).toContain('标题乙[N/OL]. 金山网, 日期不详.');
    expect(rest[2]).not.toContain('http');
  });
  it('writes a plain citation with ID, title, permalink and dates', () => {
    const c = toPlainCitation(input);
    expect(c).toContain('产业方向 E3“高性能材料”');
    expect(c).toContain('https://site.example/industries/e3/');
    expect(c).toContain('访问于 2026 年 11 月 26 日');
    expect(c).toContain('中新网《标题甲》，2024 年 7 月 5 日');
  });
  it('leaves the update date out when the item has none (source pages), in both styles', () => {
    const { updated: _, ...noUpdate } = input;
    expect(toGbtCitation(noUpdate).split('\n')[0]).toBe(
      `${SITE_NAME}. E3 高性能材料[EB/OL]. [2026-11-26]. https://site.example/industries/e3/.`,
    );
    expect(toPlainCitation(noUpdate)).toContain(
      'https://site.example/industries/e3/（访问于 2026 年 11 月 26 日）',
    );
    expect(toPlainCitation(noUpdate)).not.toContain('更新于');
  });
  it("leaves the access date out of the parts, so a page can fill in the reader's day", () => {
    for (const parts of Object.values(itemCitations(input))) {
      expect(parts.join('')).not.toContain(ACCESSED);
      expect(parts.join('')).not.toContain(formatPartialDate(ACCESSED));
    }
  });
  it('nests quotation marks the Chinese way: inner “ ” become ‘ ’, ‘ ’ stay, words unchanged', () => {
    const quoted = (text: string) => toQuoteWithAttribution(text, src).split('（')[0];
    expect(quoted('打好“卡脖子”技术攻关“主动仗”')).toBe('“打好‘卡脖子’技术攻关‘主动仗’”');
    expect(quoted('深入实施‘876’创新引领工程')).toBe('“深入实施‘876’创新引领工程”');
    expect(quoted('没有引号')).toBe('“没有引号”');
  });
  it('attributes a quotation to speaker and source', () => {
    expect(toQuoteWithAttribution('原话', src, '肖敬东')).toBe(
      '“原话”（肖敬东，中新网《标题甲》，2024 年 7 月 5 日）',
    );
  });
  it('writes a one-line short citation with site, ID, title, permalink and access date', () => {
    const c = fill(itemCitations(input).short, formatPartialDate(ACCESSED));
    expect(c).toBe(
      `${SITE_NAME}：E3 高性能材料，https://site.example/industries/e3/（访问于 2026 年 11 月 26 日）`,
    );
    expect(c).not.toContain('\n');
  });
  it('names a source page by its title alone, never by an internal slug', () => {
    const { id: _, ...source } = input;
    expect(toGbtCitation(source)).toMatch(new RegExp(`^${SITE_NAME}\\. 高性能材料\\[EB/OL\\]`));
    expect(toPlainCitation(source)).toMatch(/^产业方向“高性能材料”，/);
    expect(fill(itemCitations(source).short, '今天')).toMatch(
      new RegExp(`^${SITE_NAME}：高性能材料，`),
    );
  });
});

describe('plan citation', () => {
  const plan = {
    title: '某市行动方案',
    issuers: ['甲办公室', '乙办公室'],
    issued: '2024',
    issuedStatus: 'inferred' as const,
  };
  it("cites the plan as its issuers' document with the inferred year in brackets, then the source read", () => {
    const [doc, via] = gbtPlanCitation(plan, mirror).split('\n');
    expect(doc).toBe('甲办公室, 乙办公室. 某市行动方案[Z]. [2024].');
    expect(via).toBe('转引自：标题乙[N/OL]. 金山网, 日期不详.');
  });
  it('writes a stated year plainly, an unknown one as such, and a document number when known', () => {
    const stated = { ...plan, issuedStatus: 'stated' as const, documentNumber: '某发〔2024〕1号' };
    expect(gbtPlanCitation(stated, src)).toMatch(
      /^甲办公室, 乙办公室\. 某市行动方案: 某发〔2024〕1号\[Z\]\. 2024\.\n/,
    );
    expect(gbtPlanCitation({ ...plan, issuedStatus: 'unknown' }, src)).toContain(
      '[Z]. [出版年不详].',
    );
  });
  it('writes the short form for a news story with issuers, title and the year marked as inferred', () => {
    expect(shortPlanCitation(plan)).toBe(
      '甲办公室、乙办公室印发的《某市行动方案》（2024 年，推断）',
    );
    expect(shortPlanCitation({ ...plan, issued: undefined, issuedStatus: 'unknown' })).toBe(
      '甲办公室、乙办公室印发的《某市行动方案》（印发日期不详）',
    );
  });
});

describe('restsOnFlaggedFact', () => {
  const sources = [
    { id: 'm1', reliability: 'mirror', facts: ['PRJ-1', 'X-1'] },
    { id: 'o1', reliability: 'official', facts: ['PRJ-4', 'X-1'] },
    { id: 'm2', reliability: 'mirror' },
  ];
  it('keeps the flag of the fact an entry rests on when it also cites a related source', () => {
    const cited = [
      { source: { id: 'm1' }, facts: ['PRJ-1'] },
      { source: { id: 'o1' }, facts: ['PRJ-4'] },
    ];
    expect(restsOnFlaggedFact(cited, sources)).toBe(true);
  });
  it('drops it when a better source also holds that fact', () => {
    expect(restsOnFlaggedFact([{ source: { id: 'm1' }, facts: ['X-1'] }], sources)).toBe(false);
  });
  it('falls back to the first source without fact IDs, and flags nothing uncited', () => {
    expect(restsOnFlaggedFact([{ source: { id: 'm2' } }], sources)).toBe(true);
    expect(restsOnFlaggedFact([{ source: { id: 'o1' } }], sources)).toBe(false);
    expect(restsOnFlaggedFact([], sources)).toBe(false);
  });
});

describe('how a source date is known', () => {
  const repost = {
    title: '某报关于会议的报道（原标题未记录）',
    descriptive: true,
    outlet: '金山网',
    date: '2025-03-06',
    dateStatus: 'inferred' as const,
    dateOf: 'event' as const,
    via: '聚合站 reportify.ai',
    url: 'https://reportify.ai/x',
  };
  it('marks an inferred date and says whose date it is, in GB/T lines too', () => {
    expect(gbtSource(repost)).toContain('金山网, 2025-03-06（所报事件的日期，推断）.');
    expect(sourceDate({ ...repost, dateOf: 'page', dateStatus: 'stated' })).toBe(
      '2025 年 3 月 6 日（转载页日期）',
    );
    expect(sourceDate({ ...repost, date: '2024', dateOf: undefined })).toBe('2024 年（推断）');
  });
  it('names the repost it was read on before its address', () => {
    expect(gbtSource(repost)).toMatch(
      /读自聚合站 reportify\.ai 的转载页: https:\/\/reportify\.ai\/x\.$/,
    );
    expect(describeSource(repost)).toContain('读自聚合站 reportify.ai 的转载页');
  });
  it('puts only real headlines in 《》, an inner 《》 as 〈〉', () => {
    expect(titleZh(repost)).toBe(repost.title);
    expect(titleZh({ title: '解读《行动方案》' })).toBe('《解读〈行动方案〉》');
  });
});

describe('attribution in brackets', () => {
  it('never stacks brackets inside an attribution', () => {
    const local = { title: '报道', outlet: '镇江本地媒体（推断为镇江日报）' };
    const s = { ...local, date: '2024', dateStatus: 'inferred' as const };
    expect(toQuoteWithAttribution('原话', s)).toBe(
      '“原话”（镇江本地媒体，推断为镇江日报《报道》，2024 年，推断）',
    );
  });
});
