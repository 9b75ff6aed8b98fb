// None of the scrape's spam, traditional characters, pinyin or mojibake reaches a
// page, and no page links a mirror site flagged in the fact sheet.
import { describe, expect, it } from 'vitest';
import { MOJIBAKE, PINYIN_ANNOTATION, SPAM_WORDS, findTraditional } from '../../src/lib/chinese.ts';
import { isFlaggedUrl } from '../../src/lib/flagged-hosts.ts';
import flaggedHosts from '../../src/data/flagged-hosts.json' with { type: 'json' };
import { parse, type HTMLElement } from 'node-html-parser';
import { content, entriesOf, page, pages, visibleText } from './dist.ts';

describe('text on every page', () => {
  for (const p of pages) {
    it(`${p.url} is clean simplified Chinese`, () => {
      const text = visibleText(p.doc.querySelector('body')!);
      expect(
        findTraditional(text).map((h) => h.char),
        'traditional characters',
      ).toEqual([]);
      expect(text.match(PINYIN_ANNOTATION) ?? [], 'pinyin annotations').toEqual([]);
      expect(text.match(MOJIBAKE) ?? [], 'mojibake').toEqual([]);
      expect(
        SPAM_WORDS.filter((w) => text.includes(w)),
        'spam',
      ).toEqual([]);
      const flagged = p.doc
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((h) => isFlaggedUrl(h, flaggedHosts));
      expect(flagged, 'links to flagged mirror sites').toEqual([]);
    });
  }
});

describe('Markdown with CJK punctuation', () => {
  it('renders **“876”** next to Chinese text as bold (remark-cjk-friendly)', () => {
    const hits = pages.filter((p) => p.html.includes('<strong>“876”</strong>创新'));
    expect(hits.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.html, p.url).not.toContain('**“876”**');
  });
});

/**
 * Sentences about the plan's full text, which no source we have: what it says, omits or
 * maps. We can only say what the explainer (解读稿) or the other sources say.
 */
const PLAN_TEXT_CLAIMS =
  /方案(原文|本身|正文|全文)?(中|里)?(没有|并未|未曾|未)(提|列|写|说|展开|单独|这样)|不是方案(条文|目标)|不是方案原文的对应|方案原文没有/g;

/** Template output that reads as such: pronoun-filled sentences, vague certainty labels. */
const TEMPLATE_PHRASES = /(培育|推动|引领)它|使其成为新质生产力|没那么确定/g;

/** The explainer's own words for the unnamed people it quotes. */
const ATTRIBUTIONS = ['参与修订的相关人士', '参与方案制定的相关专家'];

describe('what pages say about the plan and its people', () => {
  for (const p of pages) {
    it(`${p.url} says only what the sources say`, () => {
      const text = visibleText(p.doc.querySelector('body')!);
      expect(text.match(PLAN_TEXT_CLAIMS) ?? [], 'plan-text claims').toEqual([]);
      expect(text.match(TEMPLATE_PHRASES) ?? [], 'template phrasing').toEqual([]);
      const unnamed = text.match(/参与[^，。；、“”（）\s]{1,12}(人士|专家)/g) ?? [];
      expect(
        unnamed.filter((a) => !ATTRIBUTIONS.includes(a)),
        'attributions not in the explainer’s words',
      ).toEqual([]);
    });
  }

  it('the home page says who stated the plan’s purpose', () => {
    const lead = page('/').doc.querySelector('h1')!.nextElementSibling!;
    expect(visibleText(lead)).toContain('参与方案制定的相关专家');
  });
});

describe('no label printed twice in a row', () => {
  // "2030 年：2030 年：…" or "肖敬东（…）：肖敬东：…"
  const REPEATED = /([\p{sc=Han}\d][\p{sc=Han}\d ]{0,10})(（[^）]*）)?[：:]\s*\1[：:]/gu;
  for (const p of pages) {
    it(`${p.url}`, () => {
      const body = p.doc.querySelector('body')!;
      const blocks = body.querySelectorAll('li, p, dd, dt, h1, h2, h3, a, figcaption');
      const repeated = blocks.flatMap((b) => visibleText(b).match(REPEATED) ?? []);
      expect(repeated).toEqual([]);
      // Two neighbouring elements with the same text, e.g. a year badge before a title
      // that already starts with the year.
      const twins = blocks.flatMap((b) =>
        b.childNodes
          .map((n) => n.textContent.trim())
          .filter(Boolean)
          .filter((t, i, all) => t.length > 1 && all[i - 1] === t),
      );
      expect(twins).toEqual([]);
    });
  }
});

describe('a summary carries the ⚠ of the facts it repeats', () => {
  // Worked out from content/, not from the site code: an entry is flagged when the fact it
  // rests on (first fact of its first citation) is held only by sources read on mirror pages
  // (the fact sheet's ⚠); a related source it also cites does not lift the flag.
  const sources = entriesOf('sources');
  const mirrorOnly = (fact: string | undefined, source: string) => {
    const holders = sources.filter((s) =>
      fact ? (s.facts as string[] | undefined)?.includes(fact) : s.id === source,
    );
    return holders.length > 0 && holders.every((s) => s.reliability === 'mirror');
  };
  const cited = content.entries
    .filter((e) => Array.isArray(e.data.sources))
    .map((e) => {
      const [first] = e.data.sources as Array<{ source: string; facts?: string[] }>;
      return {
        id: e.data.id as string,
        summary: e.data.summary as string,
        flagged: mirrorOnly(first.facts?.[0], first.source),
      };
    });
  const FLAG = '⚠';

  it('the four projects, all resting on the explainer, are flagged alike', () => {
    const projects = cited.filter((e) => /^P\d$/.test(e.id));
    expect(projects.length).toBe(4);
    expect(projects.every((e) => e.flagged)).toBe(true);
  });

  it('some entries are flagged and some are not', () => {
    expect(cited.filter((e) => e.flagged).length).toBeGreaterThan(5);
    expect(cited.filter((e) => !e.flagged).length).toBeGreaterThan(5);
  });

  it('every list item of an entry shows its flag, and only flagged ones do', () => {
    const flagged = new Map(cited.map((e) => [e.id, e.flagged]));
    const items = pages.flatMap((p) =>
      p.doc.querySelectorAll('[data-entry-ref]').map((el) => ({ url: p.url, el })),
    );
    expect(items.length).toBeGreaterThan(40);
    for (const { url, el } of items) {
      const id = el.getAttribute('data-entry-ref')!;
      if (!flagged.has(id)) continue;
      expect(visibleText(el).includes(FLAG), `${url} ${id}`).toBe(flagged.get(id));
    }
  });

  it('every entry page shows the flag beside a flagged summary', () => {
    for (const e of cited.filter((x) => x.flagged)) {
      const p = pages.find((x) => x.doc.querySelector(`article[data-entry-id="${e.id}"]`))!;
      const lead = p.doc.querySelectorAll('p').find((el) => el.textContent.includes(e.summary));
      expect(lead && visibleText(lead), `${p.url} summary`).toContain(FLAG);
    }
  });

  it('the home page flags the primary source when it was read on a mirror', () => {
    const primary = entriesOf('sources').find((s) => s.primary)!;
    const line = visibleText(page('/').doc.querySelector('#sources')!);
    expect(line.includes(FLAG)).toBe(primary.reliability === 'mirror');
  });
});

describe('people are named with the title they held then', () => {
  const statements = entriesOf('statements');
  it('statement pages say 时任', () => {
    for (const s of statements) {
      const text = visibleText(page(`/statements/${s.id.toLowerCase()}/`).doc.querySelector('dl')!);
      expect(text, s.id).toContain(`时任职务${s.role}`);
    }
  });
  it('where 肖敬东 speaks, the page says (as an inference) who held the post later', () => {
    const xiao = statements.filter((s) => s.speaker === '肖敬东');
    expect(xiao.length).toBeGreaterThan(0);
    for (const s of xiao) {
      const text = visibleText(
        page(`/statements/${s.id.toLowerCase()}/`).doc.querySelector('body')!,
      );
      expect(text, s.id).toMatch(/顾明华[^。]*。[^。]*推断/);
    }
  });
});

describe('glossary pinyin is secondary', () => {
  for (const term of entriesOf('terms').filter((t) => t.pinyin)) {
    it(`${term.id}: pinyin outside the heading, marked as pinyin`, () => {
      const doc = page(`/glossary/${term.id.toLowerCase()}/`).doc;
      expect(doc.querySelector('h1')!.textContent).not.toContain(term.pinyin);
      const el = doc.querySelector('[lang="zh-Latn-pinyin"]');
      expect(el?.textContent).toBe(term.pinyin);
    });
  }
});
