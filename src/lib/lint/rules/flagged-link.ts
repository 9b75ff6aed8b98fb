import { isFlaggedUrl } from '../../flagged-hosts.ts';
import { defineRule, hitsOf } from '../rule.ts';

/** Links and bare web addresses (GFM turns `www.` addresses into links). */
const URLISH =
  /\bhttps?:\/\/[^\s"'<>）)」”，。、]+|\bwww\.[a-z0-9-]+(\.[a-z0-9-]+)+[^\s"'<>）)」”，。、]*/gi;

/** Addresses on a host the fact sheet flags (src/data/flagged-hosts.json). */
export default defineRule({
  id: 'flagged-link',
  severity: 'error',
  zh: '链接到标记的镜像站',
  what: '指向事实核查表标记为镜像站、垃圾站或低可靠站点的网址（src/data/flagged-hosts.json）。',
  why: '核查表规定这些站点一律不链接：写明原始媒体和日期，并说明文字读自转载页。',
  expected: ['不链接核查表标记的镜像站或垃圾站', 'no link to a flagged mirror or spam site'],
  fix: 'no',
  scope: 'raw',
  check: ({ text }, ctx) =>
    hitsOf(text, URLISH, () => '删除这个网址；写明原始媒体和日期，并说明文字读自转载页').filter(
      (h) =>
        isFlaggedUrl(/^www\./i.test(h.found) ? `http://${h.found}` : h.found, ctx.flaggedHosts),
    ),
});
