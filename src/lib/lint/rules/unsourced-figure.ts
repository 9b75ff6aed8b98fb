import { quotesInData } from '../../quotes.ts';
import { BODY, defineRule } from '../rule.ts';
import { innerSource } from '../mdx.ts';

/** Units that make a number a figure: counts (185家, 12 个), amounts (30 亿元), shares (20%). */
const UNITS =
  '%|％|‰|个|家|项|条|亿元|万元|元|亿美元|万美元|美元|亿|万|吨|件|人|名|位|所|座|平方米|平方公里|公里|米|亩|倍|台|套|辆|千瓦|兆瓦|千克|公斤|户|款|种|批|艘|处|篇|部';
/**
 * A number with a unit. Not after a letter, digit or 第 (E7, IND-E3-1, 第 5 段); years and
 * dates (2024 年, 6 月) have no unit here. 多/余/近 between number and unit are skipped.
 */
const FIGURE = new RegExp(
  `(?<![A-Za-z0-9.\\-]|第\\s*)(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:多|余)?\\s*(${UNITS})`,
  'g',
);

/** Text as compared: full-width digits made half-width, no spaces or thousands commas. */
const plain = (text: string) =>
  text.normalize('NFKC').replace(/\s+|(?<=\d),(?=\d)|(?<=\d\s*)[多余]/g, '');

/** Figures in `text`, each as written and as compared (number + unit). */
export function figuresIn(text: string): Array<{ index: number; shown: string; key: string }> {
  // A figure in “…” quotes a source's words (as 原文 does): checked by check:quotes, not here.
  const quoted = [...text.matchAll(/“[^“”]*”/g)].map((q) => [q.index, q.index + q[0].length]);
  const free = (i: number) => !quoted.some(([s, e]) => i >= s && i < e);
  return [...text.matchAll(FIGURE)]
    .filter((m) => free(m.index))
    .map((m) => ({
      index: m.index,
      shown: m[0],
      key: plain(`${m[1]}${m[2]}`),
    }));
}

export default defineRule({
  id: 'unsourced-figure',
  severity: 'error',
  zh: '数字没有出处',
  what: '解读（正文中 <Quote>、<Fact> 以外的文字，以及 summary）里的数字（带单位的数、百分比、“185 家”“30 亿元”这样的数量）在本条目的事实、<Fact>、原文和方案写明的总数中都找不到。年份、日期、编号和“第 5 段”这类序号不算。',
  why: '数字必须能追溯到来源：用 <Fact> 写出带来源和日期的事实，解读里只复述已引用的数字。',
  expected: ['数字出自本条目引用的事实或原文', 'a figure stated by a cited fact or quotation'],
  fix: 'no',
  checkFile({ body, data, objects, lineOf, ctx }, report) {
    if (!body) return;
    const cited = [
      ctx.planQuotes,
      ...quotesInData(data).map((q) => q.text),
      ...objects.flatMap(({ rec, fact }) => (fact ? [String(rec.text)] : [])),
      // A sourced figure in the data (a progress indicator: value, unit, source, fact ID).
      ...objects.flatMap(({ rec }) =>
        rec.source && rec.fact && rec.value !== undefined
          ? [`${rec.value}${rec.unit ?? ''}`, String(rec.note ?? '')]
          : [],
      ),
      ...body.elements
        .filter(({ el }) => el.name === 'Quote' || el.name === 'Fact')
        .map(({ el }) => innerSource(body.source, el)),
    ]
      .map(plain)
      .join('\n');
    const hint = (shown: string) =>
      `“${shown.trim()}”在本条目的事实和原文中都找不到。请写明出处：用 <Fact source="src-…" date="…" fact="PRG-2">…</Fact> 包住这句话，或在 frontmatter 的 facts 中加一条带事实编号（fact）的事实；引用的是原文就放进 <Quote>。`;
    const runs = body.texts
      .filter(({ within }) => !within.includes('Quote') && !within.includes('Fact'))
      .map(({ node }) => ({
        text: node.value,
        at: (i: number) => body.line(node, i),
        field: BODY,
      }));
    if (typeof data.summary === 'string')
      runs.push({ text: data.summary, at: () => lineOf(['summary']), field: 'summary' });
    for (const run of runs)
      for (const f of figuresIn(run.text))
        if (!cited.includes(f.key))
          report({ line: run.at(f.index), field: run.field }, f.shown.trim(), hint(f.shown));
  },
});
