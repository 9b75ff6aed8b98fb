import { defineRule, type TextHit, type TextRun } from '../rule.ts';
import { autocorrect, diffExcerpt } from '../text.ts';
import traditional from './traditional.ts';
import pinyin from './pinyin.ts';

/**
 * What AutoCorrect would change in a run, as one hit: a spacing change (`spacesOnly`) or a
 * punctuation one. Compared with the run after the other fixes, so that a traditional
 * character is not reported again as spacing.
 */
export function autocorrectHit(run: TextRun, spacesOnly: boolean): TextHit[] {
  if (!run.autocorrect || run.verbatim) return [];
  const base = traditional.repair({ ...run, text: pinyin.repair(run) });
  const fixed = autocorrect(base, false);
  if (fixed === base) return [];
  const onlySpace = base.replace(/\s/g, '') === fixed.replace(/\s/g, '');
  if (onlySpace !== spacesOnly) return [];
  const d = diffExcerpt(base, fixed);
  return [{ index: d.index, found: d.found, hint: `改为 "${d.suggestion}"。` }];
}

/** AutoCorrect's full-width punctuation in Chinese text (its fix is the spacing rule's pass). */
export default defineRule({
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
