import { describe, expect, it } from 'vitest';
import { extractFlaggedHosts, isFlaggedUrl } from './flagged-hosts.ts';
import committed from '../data/flagged-hosts.json' with { type: 'json' };

describe('flagged hosts', () => {
  const sheet = [
    '  - 来源：http://m.dingqianjf.com/news/show/1.html（页面日期：未显示）｜【镜像/垃圾站】',
    '  - 来源：https://js.ifeng.com/c/8pf3dH8DZ2u（凤凰网江苏）｜【主流】',
    '  - 佐证：http://www.henanyoushi.com/2024/0725/1.shtml（【镜像/垃圾站】）',
    '- **X-1** ⚠ something http://xiydc.com/2007gpjd.shtml｜【转载】',
  ].join('\n');
  it('takes hosts only from flagged lines, without www./m.', () => {
    expect(extractFlaggedHosts(sheet)).toEqual(['dingqianjf.com', 'henanyoushi.com', 'xiydc.com']);
  });
  it('the committed list is hosts only, sorted, without duplicates (npm run flagged-hosts -- --check compares it with the fact sheet)', () => {
    expect(committed.length).toBeGreaterThan(0);
    for (const h of committed) expect(h).toMatch(/^(?!www\.|m\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect([...new Set(committed)].sort()).toEqual(committed);
  });
  it('matches URLs on flagged hosts and their subdomains only', () => {
    const flagged = ['dingqianjf.com'];
    expect(isFlaggedUrl('http://www.dingqianjf.com/a', flagged)).toBe(true);
    expect(isFlaggedUrl('http://news.dingqianjf.com/a', flagged)).toBe(true);
    expect(isFlaggedUrl('http://notdingqianjf.com/a', flagged)).toBe(false);
    expect(isFlaggedUrl('not a url', flagged)).toBe(false);
  });
});
