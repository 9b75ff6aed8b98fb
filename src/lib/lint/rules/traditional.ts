import { findTraditional, toSimplified, PINYIN_ANNOTATION } from '../../chinese.ts';
import { defineRule, excerpt, mapFree, splitExempt, type TextHit } from '../rule.ts';

export default defineRule({
  id: 'traditional',
  severity: 'error',
  zh: '繁体字',
  what: '简体文本中出现繁体字（用 OpenCC 判断），并给出简体写法。',
  why: '本站用简体中文；从镜像页粘贴的文字常是繁体。原文也应照录简体来源，所以原文里的繁体字要对照来源手工改。',
  expected: ['简体字', 'simplified characters'],
  fix: 'outside-quotes',
  scope: 'prose',
  check({ text, verbatim }) {
    const hits: TextHit[] = [];
    for (const span of splitExempt(text, verbatim)) {
      const trad = findTraditional(span.text);
      if (!trad.length) continue;
      const shown = excerpt(span.text, trad[0].index);
      // The excerpt may end inside a pinyin annotation: drop the dangling “(chǎn”.
      const simplified = toSimplified(shown.replace(PINYIN_ANNOTATION, (m) => m[0])).replace(
        /[(（][a-zü\u00e0-\u01dc]*(…?)$/,
        '$1',
      );
      const chars = [...new Map(trad.map((t) => [t.char, `${t.char}→${t.simplified}`])).values()];
      const manual = verbatim
        ? ' 这是原文：--fix 不会改，请对照来源逐字改为简体。'
        : ' 这段在引号或书名号内：--fix 不会改，请对照来源改为简体。';
      hits.push({
        index: span.start + trad[0].index,
        found: shown,
        hint: `改为 "${simplified}"（${chars.join('、')}）。${span.exempt ? manual : ''}`,
        fixable: !span.exempt,
      });
    }
    return hits;
  },
  repair: ({ text, verbatim }) => mapFree(text, verbatim, toSimplified),
});
