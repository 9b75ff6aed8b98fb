import { SPAM_WORDS } from '../../chinese.ts';
import { defineRule, type TextHit } from '../rule.ts';

/** The spam words of the scraped mirror page: one finding per line, naming the words. */
export default defineRule({
  id: 'spam',
  severity: 'error',
  zh: '垃圾广告词',
  what: '镜像页第一行那类色情、赌博广告词。',
  why: '这些词绝不能出现在本站。',
  expected: ['没有垃圾广告词', 'no spam'],
  fix: 'no',
  scope: 'raw',
  check({ text }) {
    const hits: TextHit[] = [];
    let lineStart = 0;
    for (const line of text.split('\n')) {
      // Compared without spaces, so 成人免费 AV 网址 is caught as well as 成人免费AV网址.
      const squashed = line.toLowerCase().replace(/\s+/g, '');
      const words = new Set(
        SPAM_WORDS.map((w) => w.toLowerCase()).filter((w) => squashed.includes(w)),
      );
      if (words.size) {
        const shown = line.trim();
        hits.push({
          index: lineStart + Math.max(0, line.search(/\S/)),
          found: `${shown.slice(0, 30)}${shown.length > 30 ? '…' : ''}（${[...words].join('、')}）`,
          hint: '删除整行：这是镜像站的垃圾广告',
        });
      }
      lineStart += line.length + 1;
    }
    return hits;
  },
});
