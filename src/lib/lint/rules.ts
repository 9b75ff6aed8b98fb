/**
 * The content lint's rules: what each checks, why, how bad it is, and whether
 * `--fix` repairs it. The editor guide (CONTRIBUTING.md, /guide/) lists these.
 */
export interface LintRule {
  /** Short rule name printed with every finding, e.g. `traditional`. */
  id: string;
  /** `error` fails `npm run lint:content` (and the build); `warning` is style advice. */
  severity: 'error' | 'warning';
  /** Chinese name. */
  zh: string;
  /** What the rule checks, in Chinese. */
  what: string;
  /** Why it matters, in Chinese. */
  why: string;
  /** English one-liner. */
  en: string;
  /** Whether `--fix` repairs it (never inside 原文). */
  fix: 'yes' | 'outside-quotes' | 'no';
}

export const RULES = [
  {
    id: 'traditional',
    severity: 'error',
    zh: '繁体字',
    what: '简体文本中出现繁体字（用 OpenCC 判断），并给出简体写法。',
    why: '本站用简体中文；从镜像页粘贴的文字常是繁体。原文也应照录简体来源，所以原文里的繁体字要对照来源手工改。',
    en: 'traditional characters in simplified text',
    fix: 'outside-quotes',
  },
  {
    id: 'pinyin',
    severity: 'error',
    zh: '拼音注音',
    what: '汉字后面括号里的拼音注音，这是抓取网页时带进来的。',
    why: '来源里没有这些注音，读者看到的是乱码一样的文字。',
    en: 'pinyin annotations pasted from a scraped page',
    fix: 'yes',
  },
  {
    id: 'mojibake',
    severity: 'error',
    zh: '乱码与残留标记',
    what: '替换符 U+FFFD、编码错乱的字符、Word 残留的 o:p 标签、HTML 实体、镜像页的问号乱码，以及网页导航、版权声明等残留。',
    why: '这些是复制网页时的垃圾，不是来源的文字。',
    en: 'mojibake and stray markup from scraped pages',
    fix: 'no',
  },
  {
    id: 'spam',
    severity: 'error',
    zh: '垃圾广告词',
    what: '镜像页第一行那类色情、赌博广告词。',
    why: '这些词绝不能出现在本站。',
    en: 'spam words from the scraped mirror page',
    fix: 'no',
  },
  {
    id: 'flagged-link',
    severity: 'error',
    zh: '链接到标记的镜像站',
    what: '指向事实核查表标记为镜像站、垃圾站或低可靠站点的网址（src/data/flagged-hosts.json）。',
    why: '核查表规定这些站点一律不链接：写明原始媒体和日期，并说明文字读自转载页。',
    en: 'link to a mirror or spam host flagged in the fact sheet',
    fix: 'no',
  },
  {
    id: 'emphasis',
    severity: 'error',
    zh: '加粗无法显示',
    what: '用本站的 Markdown 设置（含 remark-cjk-friendly）实际渲染后仍显示为星号的 ** 或 __ 强调；以及 frontmatter 字段里的 **（这些字段按纯文本显示）。',
    why: '读者会看到字面上的星号。',
    en: 'emphasis that does not render (literal ** on the page)',
    fix: 'no',
  },
  {
    id: 'missing-source',
    severity: 'error',
    zh: '缺少来源',
    what: '条目没有 sources；原文（quote、quotes、举措的 text）、事实（industries 的 facts）或正文中的 <Quote>、<Fact> 没有 source。',
    why: '每一句关于方案的话都要能追溯到来源。',
    en: 'entry, quote or fact without a source',
    fix: 'no',
  },
  {
    id: 'missing-date',
    severity: 'error',
    zh: '事实缺少日期',
    what: '事实（facts、<Fact>）没有日期；旧数据没有年份。日期确实不详的，写 dateStatus: unknown（<Fact date="unknown">），并在 caveat 中说明。',
    why: '数字不带时间就无法判断是不是现状；旧数据必须带年份。',
    en: 'fact without a date (old data without its year)',
    fix: 'no',
  },
  {
    id: 'unknown-id',
    severity: 'error',
    zh: '编号不存在',
    what: '正文中 <Ref id="…">、source="…" 或站内链接用到的编号在 content/ 中找不到。',
    why: '链接会指向不存在的页面；构建也会失败。',
    en: 'unknown entry or source ID in an MDX body',
    fix: 'no',
  },
  {
    id: 'component',
    severity: 'error',
    zh: '组件用法不对',
    what: '不认识的组件、缺少必填属性、属性取值不对、标签没有闭合，以及没有单独成段的 <Quote>、<Note>（放进了其他组件、列表或句子里）。',
    why: '否则构建失败，或页面显示不对。',
    en: 'unknown MDX component, missing or invalid attribute, unclosed tag, <Quote>/<Note> not standing alone',
    fix: 'no',
  },
  {
    id: 'spacing',
    severity: 'warning',
    zh: '中英文间距',
    what: '汉字与拉丁字母、数字之间加空格（AutoCorrect 规则），如“2023 年”“T800S 碳纤维”。',
    why: '统一排版，便于阅读和检索。原文、引号“”内、书名号《》内和文号不改。',
    en: 'spacing between CJK and Latin letters or digits (AutoCorrect)',
    fix: 'outside-quotes',
  },
  {
    id: 'punctuation',
    severity: 'warning',
    zh: '全角标点',
    what: '中文句子里的半角标点（, : ! ?）改为全角（，：！？）（AutoCorrect 规则）。',
    why: '中文文本用全角标点。原文、引号内、书名号内不改。',
    en: 'full-width punctuation in Chinese text (AutoCorrect)',
    fix: 'outside-quotes',
  },
  {
    id: 'repeated-punctuation',
    severity: 'warning',
    zh: '重复标点',
    what: '连续重复的标点，如“。。”“！！”“，，”（省略号……和破折号——除外）。',
    why: '多是粘贴或输入错误。',
    en: 'repeated punctuation',
    fix: 'no',
  },
  {
    id: 'empty-body',
    severity: 'warning',
    zh: '正文只有注释',
    what: '正文里只有 {/* */} 注释（例如 npm run new 生成的示例），没有给读者看的文字。',
    why: '页面会显示一个空的“解读”框。写上解读，或者删掉注释让正文留空。',
    en: 'body holds only comments (an empty 解读 box on the page)',
    fix: 'no',
  },
  {
    id: 'date-unknown-note',
    severity: 'warning',
    zh: '日期不详未说明',
    what: '日期不详（dateStatus: unknown）的事实没有 caveat 说明原因。',
    why: '“未知”要写明为什么未知，读者才知道不是漏填。',
    en: 'fact with an unknown date but no caveat explaining why',
    fix: 'no',
  },
] as const satisfies readonly LintRule[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_BY_ID: Record<RuleId, LintRule> = Object.fromEntries(
  RULES.map((r) => [r.id, r]),
) as Record<RuleId, LintRule>;
