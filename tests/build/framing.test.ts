// Framing, dates and sourcing read back from dist/ against content/: a progress item is
// called 落实 only where its source says so, a value beside a target says whether it
// agrees, every source date says how it is known, a fact sits under the source that holds it.
import { describe, expect, it } from 'vitest';
import { content, entriesOf, page, pages, visibleText } from './dist.ts';

const sources = new Map(entriesOf('sources').map((s) => [s.id as string, s]));
const progress = entriesOf('progress');

describe('progress items are framed as their sources frame them', () => {
  it('only an item whose source ties it to the plan is called 落实', () => {
    const implementing = progress.filter((p) => p.relation === 'implements');
    expect(implementing.length).toBeGreaterThan(0);
    for (const p of progress) {
      // The source's own words must name the plan for the item to be called 落实.
      const claimed = typeof p.claim?.text === 'string' && p.claim.text.includes('行动方案');
      expect(p.relation === 'implements', `${p.id}`).toBe(claimed);
      const lead = page(`/progress/${String(p.id).toLowerCase()}/`).doc.querySelector('main')!;
      const fields = visibleText(lead.querySelector('dl') ?? lead);
      expect(fields.includes('落实'), `${p.id} fields`).toBe(claimed);
    }
  });

  it('no page heads a list of reports 落实进展', () => {
    for (const p of pages)
      for (const h of p.doc.querySelectorAll('h1, h2, h3, title'))
        expect(h.textContent, p.url).not.toContain('落实进展');
  });

  it('/progress/ says why each item that is not 落实 is there', () => {
    const intro = visibleText(page('/progress/').doc.querySelector('main')!);
    for (const p of progress.filter((x) => x.relation !== 'implements'))
      expect(intro.includes(String(p.id)) || intro.includes('其余'), `${p.id}`).toBe(true);
  });

  it('a value beside a target says whether it agrees with the target', () => {
    const links = progress.flatMap((p) =>
      (p.related ?? []).filter((r: any) => r.target).map((r: any) => ({ p, r })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { p, r } of links) {
      const list = page(`/targets/${String(r.target).toLowerCase()}/`).doc.querySelector(
        '[aria-labelledby="progress-heading"]',
      )!;
      const li = list
        .querySelectorAll('li')
        .find((el) => el.querySelector(`a[href$="/progress/${String(p.id).toLowerCase()}/"]`))!;
      expect(visibleText(li), `${p.id} beside ${r.target}`).toMatch(/一致/);
    }
  });

  it('a value whose note says its time point is not stated is not given a period', () => {
    for (const p of progress)
      for (const v of p.indicators ?? [])
        if (/没有写明时点|没有说明统计期|没有说明是/.test(v.note ?? ''))
          expect(v.periodKind, `${p.id} ${v.measure}`).toBe('unknown');
  });
});

describe('dates say how they are known', () => {
  it('every GB/T line of a source with an inferred date marks it 推断', () => {
    let checked = 0;
    for (const p of pages)
      for (const pre of p.doc.querySelectorAll('[data-cite="gbt"], [data-cite="plan-gbt"]')) {
        for (const line of pre.textContent.split('\n')) {
          const s = [...sources.values()].find(
            (x) => x.date && line.includes(`${x.title}[N/OL]`) && x.dateStatus === 'inferred',
          );
          if (!s) continue;
          checked++;
          expect(line, `${p.url} ${s.id}`).toContain(`${s.date}（`);
          expect(line, `${p.url} ${s.id}`).toMatch(/推断）/);
        }
      }
    expect(checked).toBeGreaterThan(5);
  });

  it('a source read on a repost says whose date it shows and where it was read', () => {
    for (const s of sources.values()) {
      if (!['repost', 'mirror'].includes(s.reliability) || !s.date) continue;
      expect(s.dateOf, s.id).toMatch(/^(published|event|page)$/);
      if (s.reliability === 'repost' && s.url) expect(s.via, s.id).toBeTruthy();
    }
    const line = visibleText(page('/sources/src-xhrb-20260123-npc/').doc.querySelector('main')!);
    expect(line).toContain('转载页日期');
    expect(line).toContain('读自');
  });
});

describe('facts sit under the source that holds them', () => {
  const cards = content.bodies.flatMap((b) =>
    [...b.body.matchAll(/<Fact\s+([^>]*)>([\s\S]*?)<\/Fact>/g)].map((m) => ({
      file: b.file,
      attrs: Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
      text: m[2],
    })),
  );

  it('every Fact card cites a fact its source holds, dated no earlier than that source', () => {
    expect(cards.length).toBeGreaterThan(20);
    for (const c of cards) {
      const s = sources.get(c.attrs.source)!;
      expect(s.facts, `${c.file} ${c.attrs.fact}`).toContain(c.attrs.fact);
    }
  });

  it('a Fact card is the source speaking, never a remark of the site', () => {
    for (const c of cards) expect(c.text, c.file).not.toMatch(/本站|我们/);
  });
});

describe('the two lists of 9 aspects stay apart', () => {
  const aspects = page('/aspects/').doc;
  const other = aspects.querySelector('section[aria-labelledby^="other-list"]')!;

  it('/aspects/ shows the other document’s list as that document’s, not the plan’s', () => {
    expect(visibleText(other)).toContain('另一份文件');
    expect(visibleText(other)).toContain('不把');
  });

  it('never maps one onto the other', () => {
    expect(other.querySelectorAll('a[href*="/aspects/a"]')).toEqual([]);
    for (const a of entriesOf('aspects'))
      expect(
        visibleText(page(`/aspects/${String(a.id).toLowerCase()}/`).doc.querySelector('main')!),
      ).not.toContain('优化生产力布局');
  });
});

describe('fact cards can be linked and cited one by one', () => {
  const cards = pages.flatMap((p) =>
    p.doc.querySelectorAll('[data-kind="fact"], #facts-heading ~ ol > li').map((el) => ({ p, el })),
  );

  it('every card has a unique anchor, a link to it and a one-line citation naming it', () => {
    expect(cards.length).toBeGreaterThan(100);
    for (const { p, el } of cards) {
      const id = el.id;
      expect(id, p.url).toMatch(/^fact-/);
      expect(p.doc.querySelectorAll(`[id="${id}"]`).length, `${p.url}#${id}`).toBe(1);
      expect(el.querySelector(`a[href="#${id}"]`), `${p.url}#${id}`).not.toBeNull();
      const button = el.querySelector('button[data-copy-target]')!;
      const line = p.doc.getElementById(button.getAttribute('data-copy-target')!)!;
      expect(line.textContent, `${p.url}#${id}`).toContain(`${p.url}#${id}`);
      expect(line.textContent.split('\n').length, `${p.url}#${id}`).toBe(1);
    }
  });
});
