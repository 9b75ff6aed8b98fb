// AutoCorrect (autocorrect-node) on the site's own Chinese copy: spacing between CJK and Latin
// letters or digits, and full-width punctuation. 原文 and quotations keep their own form.
import { format as autocorrectFormat, loadConfig as autocorrectConfig } from 'autocorrect-node';
import { defineRule, mapFree, splitExempt, type TextHit, type TextRun } from '../rule.ts';
import traditional from './traditional.ts';
import { pinyin } from './scraped.ts';

// A hyphen between CJK words is usually part of a name (人民网-人民日报) or a range
// (2024-2026): AutoCorrect's space-around-dash rule is off.
autocorrectConfig(JSON.stringify({ rules: { 'space-dash': 0 } }));

const HOLE = '囗';

/**
 * AutoCorrect on our own text. Exempt spans are swapped for a placeholder in the same brackets
 * (“囗”, 《囗》, or a bare 囗) so that “876”,好 still gets its full-width comma, then put back.
 */
function autocorrect(text: string, verbatim: boolean): string {
  if (verbatim || !/[\u3400-\u9fff]/.test(text)) return text;
  const spans = splitExempt(text);
  const held = spans.filter((s) => s.exempt).map((s) => s.text);
  const masked = spans
    .map((s) =>
      s.exempt ? (/^[“《「〈]/.test(s.text) ? s.text[0] + HOLE + s.text.at(-1) : HOLE) : s.text,
    )
    .join('');
  let out = masked;
  // One pass can leave work for the next (３月 → 3月 → 3 月).
  for (let i = 0, prev = ''; i < 4 && prev !== out; i++)
    [prev, out] = [out, autocorrectFormat(out)];
  const holes = out.split(HOLE).length - 1;
  if (text.includes(HOLE) || holes !== held.length)
    return mapFree(text, false, (s) => autocorrectFormat(s));
  let i = 0;
  return out.replace(/[“《「〈]?囗[”》」〉]?/g, () => held[i++]);
}

/** The differing middle of `a` and `b`, with a little context, and where it starts in `a`. */
function diffExcerpt(a: string, b: string, context = 6) {
  const [ac, bc] = [[...a], [...b]];
  let s = 0;
  while (s < ac.length && s < bc.length && ac[s] === bc[s]) s++;
  let [ea, eb] = [ac.length, bc.length];
  while (ea > s && eb > s && ac[ea - 1] === bc[eb - 1]) [ea, eb] = [ea - 1, eb - 1];
  const from = Math.max(0, s - context);
  const cut = (c: string[], end: number) =>
    `${from > 0 ? '…' : ''}${c.slice(from, end + context).join('')}${end + context < c.length ? '…' : ''}`;
  return { index: ac.slice(0, s).join('').length, found: cut(ac, ea), suggestion: cut(bc, eb) };
}

/**
 * What AutoCorrect would change in a run, as one hit: a spacing change (`spacesOnly`) or a
 * punctuation one. Compared with the run after the other fixes, so that a traditional
 * character is not reported again as spacing.
 */
function autocorrectHit(run: TextRun, spacesOnly: boolean): TextHit[] {
  if (!run.autocorrect || run.verbatim) return [];
  const base = traditional.repair({ ...run, text: pinyin.repair(run) });
  const fixed = autocorrect(base, false);
  if (fixed === base) return [];
  const onlySpace = base.replace(/\s/g, '') === fixed.replace(/\s/g, '');
  if (onlySpace !== spacesOnly) return [];
  const d = diffExcerpt(base, fixed);
  return [{ index: d.index, found: d.found, hint: `改为 "${d.suggestion}"。` }];
}

export const spacing = defineRule({
  id: 'spacing',
  severity: 'warning',
  zh: '中英文间距',
  what: '汉字与拉丁字母、数字之间加空格（AutoCorrect 规则），如“2023 年”“T800S 碳纤维”。',
  why: '统一排版，便于阅读和检索。原文、引号“”内、书名号《》内和文号不改。',
  expected: ['汉字与字母、数字之间有空格', 'a space between CJK and Latin letters or digits'],
  fix: 'outside-quotes',
  scope: 'prose',
  check: (run: TextRun) => autocorrectHit(run, true),
  repair: ({ text, verbatim, autocorrect: on }) => (on ? autocorrect(text, verbatim) : text),
});

/** AutoCorrect's full-width punctuation in Chinese text (its fix is the spacing rule's pass). */
export const punctuation = defineRule({
  id: 'punctuation',
  severity: 'warning',
  zh: '全角标点',
  what: '中文句子里的半角标点（, : ! ?）改为全角（，：！？）（AutoCorrect 规则）。',
  why: '中文文本用全角标点。原文、引号内、书名号内不改。',
  expected: ['中文里用全角标点', 'full-width punctuation in Chinese text'],
  fix: 'outside-quotes',
  scope: 'prose',
  check: (run: TextRun) => autocorrectHit(run, false),
});
