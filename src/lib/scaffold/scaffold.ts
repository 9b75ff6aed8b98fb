// Pure logic of `npm run new`: which fields each kind of entry asks for, the
// next free ID, and the text of the new file. No files, no prompts: the CLI
// (scripts/new-entry.ts) does the input and output.
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionKey } from '../../schemas/shared.ts';
import { RELIABILITY } from '../../schemas/sources.ts';
import { MEASURE_STATUS } from '../../schemas/measures.ts';
import { TARGET_CERTAINTY } from '../../schemas/targets.ts';
import { isFlaggedUrl } from '../flagged-hosts.ts';
import { compareIds, entryPath, kindOfId } from '../ids.ts';

/** Kinds an editor can add with `npm run new` (pillars B1–B3 and aspects A1–A9 are complete). */
export const SCAFFOLD_KINDS = [
  'industry',
  'measure',
  'programme',
  'statement',
  'term',
  'target',
  'source',
] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const KIND_INFO: Record<
  ScaffoldKind,
  { collection: CollectionKey; zh: string; prefix?: string; pad?: number; example: string }
> = {
  industry: { collection: 'industries', zh: '产业方向', example: 'E3' },
  measure: { collection: 'measures', zh: '举措', prefix: 'M', pad: 2, example: 'M07' },
  programme: {
    collection: 'programmes',
    zh: '2024 年工程（四项工程）',
    prefix: 'P',
    example: 'P2',
  },
  statement: { collection: 'statements', zh: '讲话与表态', prefix: 'Q', example: 'Q8' },
  term: { collection: 'terms', zh: '术语', prefix: 'GL', pad: 2, example: 'GL23' },
  target: { collection: 'targets', zh: '目标', prefix: 'G', example: 'G10' },
  source: { collection: 'sources', zh: '来源', example: 'src-xinhua-20240705' },
};

/** Shown before the questions for kinds that need care. */
export const KIND_NOTE: Partial<Record<ScaffoldKind, string>> = {
  measure:
    '目前没有任何来源列出举措原文（见 content/measures/_README.md）。只有找到引用举措原文的来源时才新建；所属方面必须是来源写明的。',
  industry: '21 个产业方向（E1–E8、F1–F7、T1–T6）都已建好；只有来源列出新的方向时才新建。',
  programme: '“四项工程”P1–P4 都已建好；只有来源列出新的工程时才新建。',
};

/** What the scaffolder knows about the existing content. */
export interface Existing {
  /** Every ID in use: current entries, content/published-ids.txt, and both ends of content/redirects.yaml. */
  usedIds: ReadonlySet<string>;
  /** IDs of current entries per collection. */
  byCollection: ReadonlyMap<CollectionKey, readonly string[]>;
  /** How many entries the sources say there are (tiers.yaml statedCount, plan.yaml stated), where known. */
  stated: { E?: number; F?: number; T?: number; measures?: number; programmes?: number };
  flaggedHosts: readonly string[];
}

/** One question the scaffolder asks (or one flag it reads). */
export interface Field {
  /** Flag name: --<key>. */
  key: string;
  /** Question, in Chinese. */
  label: string;
  /** One-line help shown under the question. */
  help?: string;
  required: boolean;
  /** Allowed values (shown as choices). */
  choices?: readonly string[];
  /** Comma-separated list. */
  list?: boolean;
  /** Default, given the answers so far. */
  default?: (answers: Answers, today: string) => string | undefined;
  /** An error message (Chinese) when the answer is not acceptable. */
  check?: (value: string, existing: Existing, answers: Answers) => string | undefined;
}

export type Answers = Record<string, string | undefined>;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FACT_ID = /^[A-Z]+(-[A-Z0-9]+)*-\d+$/;

/** Splits a comma list written with , ， 、 or spaces. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function ids(existing: Existing, collection: CollectionKey): readonly string[] {
  return existing.byCollection.get(collection) ?? [];
}

function suggest(value: string, pool: readonly string[]): string {
  const close = pool.filter(
    (p) =>
      p.includes(value) ||
      value.includes(p) ||
      p.toLowerCase().startsWith(value.toLowerCase().slice(0, 6)),
  );
  const list = (close.length ? close : pool).slice(0, 30);
  return list.length
    ? `可用 valid: ${list.join(', ')}${pool.length > list.length ? ' …' : ''}`
    : '(暂无 none yet)';
}

const checkSource = (v: string, ex: Existing) =>
  ids(ex, 'sources').includes(v)
    ? undefined
    : `content/sources 中没有来源 "${v}"。先用 npm run new -- --kind source 建立来源。${suggest(v, ids(ex, 'sources'))}`;
const checkFacts = (v: string) => {
  const bad = splitList(v).filter((f) => !FACT_ID.test(f));
  return bad.length ? `事实编号格式应如 IND-E3-1、TGT-1：${bad.join(', ')}` : undefined;
};
const checkDate = (v: string) =>
  PARTIAL_DATE.test(v) ? undefined : '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD，如 2024-07-05';
const checkYear = (v: string) =>
  /^(20\d\d|2100)$/.test(v) ? undefined : '年份写四位数字，如 2024';
const checkSummary = (v: string) =>
  [...v].length < 8 || [...v].length > 160
    ? `摘要要 8—160 个字（现在 ${[...v].length} 个）`
    : undefined;
const checkQuote = (v: string) =>
  [...v].length < 2
    ? '原文至少 2 个字'
    : /^[“"].*[”"]$/.test(v)
      ? '原文不用加引号，网站会自动加'
      : undefined;

const common = {
  title: {
    key: 'title',
    label: '标题',
    help: '页面上显示的中文标题',
    required: true,
  } satisfies Field,
  summary: {
    key: 'summary',
    label: '摘要',
    help: '8—160 字，用本站自己的话概括；用于列表、搜索和链接预览',
    required: true,
    check: checkSummary,
  } satisfies Field,
  source: {
    key: 'source',
    label: '来源 ID',
    help: 'content/sources 中已有来源的 id，如 src-explainer',
    required: true,
    check: checkSource,
    default: () => undefined,
  } satisfies Field,
  locator: {
    key: 'locator',
    label: '在来源中的位置',
    help: '如“第 5 段”；不知道就留空',
    required: false,
  } satisfies Field,
  facts: {
    key: 'facts',
    label: '事实核查表编号',
    help: '如 IND-E3-1, TGT-1；用逗号分隔，没有就留空',
    required: false,
    list: true,
    check: checkFacts,
  } satisfies Field,
  aliases: {
    key: 'aliases',
    label: '检索别名',
    help: '读者可能搜索的其他叫法，用逗号分隔；可留空',
    required: false,
    list: true,
  } satisfies Field,
  quote: {
    key: 'quote',
    label: '原文',
    help: '逐字照录来源中的话（简体），可用……省略，不要改写、不要加引号',
    required: true,
    check: checkQuote,
  } satisfies Field,
};

/** The fields each kind asks for, in order. `id` is handled separately. */
export const FIELDS: Record<ScaffoldKind, Field[]> = {
  industry: [
    {
      key: 'tier',
      label: '类别',
      help: 'E 新兴产业 / F 未来产业 / T 传统产业',
      required: true,
      choices: ['E', 'F', 'T'],
    },
    common.title,
    common.summary,
    common.quote,
    common.source,
    common.locator,
    common.facts,
    common.aliases,
  ],
  measure: [
    {
      key: 'aspect',
      label: '所属方面',
      help: '来源写明的方面 A1—A9；来源没写明的，先不要建举措',
      required: true,
      check: (v, ex) =>
        ids(ex, 'aspects').includes(v)
          ? undefined
          : `没有方面 "${v}"。${suggest(v, ids(ex, 'aspects'))}`,
    },
    common.title,
    common.summary,
    { ...common.quote, help: '举措原文，逐字照录来源，不要改写、不要加引号' },
    common.source,
    common.locator,
    {
      key: 'status',
      label: '进展',
      help: '只按来源所报；来源没说就是 unknown',
      required: true,
      choices: MEASURE_STATUS,
      default: () => 'unknown',
    },
    common.facts,
    common.aliases,
  ],
  programme: [
    common.title,
    common.summary,
    {
      key: 'year',
      label: '年份',
      help: '工作要点的年份',
      required: true,
      check: checkYear,
      default: () => '2024',
    },
    common.quote,
    common.source,
    common.locator,
    {
      key: 'aspects',
      label: '相关方面',
      help: '如 A1, A3（属本站解读）；可留空',
      required: false,
      list: true,
      check: (v, ex) => {
        const bad = splitList(v).filter((a) => !ids(ex, 'aspects').includes(a));
        return bad.length
          ? `没有这些方面：${bad.join(', ')}。${suggest(bad[0], ids(ex, 'aspects'))}`
          : undefined;
      },
    },
    common.facts,
    common.aliases,
  ],
  statement: [
    { key: 'speaker', label: '讲话人', required: true },
    { key: 'role', label: '职务', help: '按来源写的当时职务', required: true },
    common.title,
    common.summary,
    { ...common.quote, help: '讲话原话，逐字照录，简短；不要加引号' },
    common.source,
    common.locator,
    {
      key: 'date',
      label: '日期',
      help: 'YYYY、YYYY-MM 或 YYYY-MM-DD；来源没有就留空',
      required: false,
      check: checkDate,
    },
    {
      key: 'date-status',
      label: '日期的依据',
      help: 'stated 来源写明 / inferred 推断 / unknown 不详',
      required: true,
      choices: ['stated', 'inferred', 'unknown'],
      default: (a) => (a.date ? 'stated' : 'unknown'),
      check: (v, _e, a) => (v !== 'unknown' && !a.date ? '没有日期时只能是 unknown' : undefined),
    },
    { key: 'occasion', label: '场合', help: '如“访谈”“发布会”；可留空', required: false },
    common.facts,
    common.aliases,
  ],
  term: [
    common.title,
    common.summary,
    {
      key: 'pinyin',
      label: '拼音',
      help: '带声调的汉语拼音，如 kējì zhāoshāng；可留空',
      required: false,
    },
    common.source,
    common.locator,
    {
      key: 'related',
      label: '相关条目',
      help: '如 E3, GL02, Q1；可留空',
      required: false,
      list: true,
      check: (v, ex) => {
        const all = [...ex.byCollection.entries()]
          .filter(([c]) => c !== 'sources' && c !== 'plan' && c !== 'tiers')
          .flatMap(([, l]) => l);
        const bad = splitList(v).filter((x) => !all.includes(x));
        return bad.length ? `没有这些条目：${bad.join(', ')}` : undefined;
      },
    },
    common.facts,
    common.aliases,
  ],
  target: [
    common.title,
    common.summary,
    {
      key: 'certainty',
      label: '可靠程度',
      help: 'plan 解读稿所述方案内容 / commentary 评论所述 / department 部门计划 / related 相关但非本方案',
      required: true,
      choices: TARGET_CERTAINTY,
    },
    {
      key: 'year',
      label: '目标年份',
      help: '来源给出的年份；没有就留空',
      required: false,
      check: checkYear,
    },
    common.quote,
    common.source,
    common.locator,
    {
      key: 'caveat',
      label: '注意事项',
      help: '读者必须知道的：有多确定、缺什么；可留空',
      required: false,
    },
    common.facts,
    common.aliases,
  ],
  source: [
    {
      key: 'title',
      label: '文章或文件标题',
      help: '照录来源标题（简体）；没有标题就写清楚是什么报道',
      required: true,
    },
    {
      key: 'outlet',
      label: '原始媒体',
      help: '原刊媒体（如 中新网），即使读的是转载页',
      required: true,
    },
    { key: 'author', label: '作者或记者', help: '来源署名的；没有就留空', required: false },
    {
      key: 'date',
      label: '日期',
      help: 'YYYY、YYYY-MM 或 YYYY-MM-DD；不知道就留空',
      required: false,
      check: checkDate,
    },
    {
      key: 'date-status',
      label: '日期的依据',
      help: 'stated 页面写明 / inferred 推断 / unknown 不详',
      required: true,
      choices: ['stated', 'inferred', 'unknown'],
      default: (a) => (a.date ? 'stated' : 'unknown'),
      check: (v, _e, a) => (v !== 'unknown' && !a.date ? '没有日期时只能是 unknown' : undefined),
    },
    {
      key: 'url',
      label: '网址',
      help: '可以公开链接的原文网址；镜像站、垃圾站、低可靠站点不写（留空）',
      required: false,
      check: (v, ex) =>
        !/^https?:\/\/\S+$/.test(v)
          ? '网址要以 http:// 或 https:// 开头'
          : isFlaggedUrl(v, ex.flaggedHosts)
            ? '这是事实核查表标记的镜像站或垃圾站，不能链接：留空，在说明里写原始媒体和日期'
            : undefined,
    },
    {
      key: 'reliability',
      label: '来源性质',
      help: 'official 官方 / mainstream 主流媒体 / repost 转载 / mirror 仅见于镜像 / low 低可靠',
      required: true,
      choices: RELIABILITY,
    },
    {
      key: 'notes',
      label: '说明',
      help: '读者要知道的：在哪里读到、哪些不确定（至少 4 个字）',
      required: true,
      check: (v) => ([...v].length < 4 ? '说明至少 4 个字' : undefined),
    },
    common.facts,
  ],
};

/** The number part of IDs with a given prefix (GL02 → 2; G3 does not match GL). */
function numbersOf(prefix: string, used: Iterable<string>): number[] {
  const re = new RegExp(`^${prefix}(\\d+)$`);
  return [...used]
    .map((id) => re.exec(id))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
}

/** The prefix of new IDs of a kind (industries by tier). */
export function idPrefix(kind: ScaffoldKind, answers: Answers): string | undefined {
  return kind === 'industry' ? answers.tier : KIND_INFO[kind].prefix;
}

/** The next free ID: one past the highest number ever used (published or redirected IDs count). */
export function nextId(
  kind: ScaffoldKind,
  existing: Existing,
  answers: Answers = {},
): string | undefined {
  if (kind === 'source') {
    const base = `src-${(answers.date ?? '').replace(/-/g, '') || 'new'}`;
    let id = base;
    for (let n = 2; existing.usedIds.has(id); n++) id = `${base}-${n}`;
    return id;
  }
  const prefix = idPrefix(kind, answers);
  if (!prefix) return undefined;
  const n = Math.max(0, ...numbersOf(prefix, existing.usedIds)) + 1;
  return `${prefix}${String(n).padStart(KIND_INFO[kind].pad ?? 1, '0')}`;
}

const ID_SHAPE: Record<ScaffoldKind, RegExp> = {
  industry: /^[EFT][1-9]\d?$/,
  measure: /^M(0[1-9]|[1-9]\d)$/,
  programme: /^P[1-9]$/,
  statement: /^Q[1-9]\d?$/,
  term: /^GL\d{2}$/,
  target: /^G[1-9]\d?$/,
  source: /^src-[a-z0-9]+(-[a-z0-9]+)*$/,
};

/** Why an ID cannot be used for a new entry of this kind, or undefined when it can. */
export function refuseId(
  kind: ScaffoldKind,
  id: string,
  existing: Existing,
  answers: Answers = {},
): string | undefined {
  if (!ID_SHAPE[kind].test(id))
    return `编号 "${id}" 的格式不对，应如 ${KIND_INFO[kind].example} / expected an ID like ${KIND_INFO[kind].example}`;
  if (kind === 'industry' && answers.tier && id[0] !== answers.tier)
    return `编号 "${id}" 不属于类别 ${answers.tier}`;
  if (existing.usedIds.has(id)) {
    const current = [...existing.byCollection.values()].some((l) => l.includes(id));
    const next = nextId(kind, existing, answers);
    return `编号 "${id}" 已${current ? '被现有条目使用' : '发布过（见 content/published-ids.txt 或 redirects.yaml），不能再用'} / ID ${id} is already ${current ? 'in use' : 'published'}。${next ? `下一个可用的编号 next free ID: ${next}` : ''}`;
  }
  return undefined;
}

/**
 * A warning when adding this ID would make the entries outnumber what the
 * sources state (e.g. a 9th emerging industry when tiers.yaml says 8): the
 * count tests would fail, so the CLI asks for --force.
 */
export function capacityWarning(
  kind: ScaffoldKind,
  existing: Existing,
  answers: Answers,
): string | undefined {
  const count = (c: CollectionKey, prefix?: string) =>
    ids(existing, c).filter((i) => !prefix || i.startsWith(prefix)).length;
  let stated: number | undefined;
  let have = 0;
  let what = '';
  if (kind === 'industry' && answers.tier) {
    const t = answers.tier as 'E' | 'F' | 'T';
    stated = existing.stated[t];
    have = count('industries', t);
    what = `类别 ${t} 的产业方向（content/tiers.yaml 的 statedCount）`;
  } else if (kind === 'measure') {
    stated = existing.stated.measures;
    have = count('measures');
    what = '举措（content/plan.yaml 的 stated.measures）';
  } else if (kind === 'programme') {
    stated = existing.stated.programmes;
    have = count('programmes');
    what = '工程（content/plan.yaml 的 stated.programmes）';
  }
  if (stated === undefined || have < stated) return undefined;
  return `来源说共有 ${stated} 个${what}，现在已经有 ${have} 个。再加一个会与来源所述总数不符，计数测试会失败。只有来源确实列出了更多时才继续（加 --force），并同时更新所述总数及其原文。`;
}

// ───────────────────────── file text ─────────────────────────

/** A YAML scalar: plain where that is safe, otherwise double-quoted. */
export function yamlScalar(v: string): string {
  const risky =
    v === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`.+\d]/.test(v) ||
    /: |:$| #|[,[\]{}\n\t]/.test(v) ||
    /^(true|false|null|yes|no|on|off|y|n|~)$/i.test(v) ||
    /\s$/.test(v);
  return risky ? JSON.stringify(v) : v;
}

function flowList(items: string[]): string {
  return `[${items.map(yamlScalar).join(', ')}]`;
}

/** The new entry: its ID, where it goes, the file text, and the data the text must parse to. */
export interface NewEntry {
  id: string;
  kind: ScaffoldKind;
  collection: CollectionKey;
  /** Path relative to the project root. */
  file: string;
  text: string;
  data: Record<string, unknown>;
}

const BODY_COMMENT = `{/*
  解读（正文）：用本站自己的话写 1—3 段，说明这一条的意思和来源情况。写好后删除这段注释。
  · 只写来源说了的；来源没说的写明“未找到”“来源没有说明”，不要推测或补充政策。
  · 来源原话放进 <Quote>，逐字照录，不改字：
      <Quote source="src-explainer" locator="第 5 段">原文</Quote>
  · 提到其他条目：<Ref id="E3" />
  · 带日期的事实：<Fact source="src-…" date="2024-07" fact="IND-E3-1">事实，用本站自己的话</Fact>
  · 需要提醒读者的：<Callout type="warning">只在转载页上读到……</Callout>
  预览：npm run dev；检查：npm run lint:content 和 npm run check:content。
  组件说明见 src/components/mdx/README.md，编辑指南见 CONTRIBUTING.md。
*/}
`;

/** Builds the text of a new entry file from the answers. The answers must already be checked. */
export function buildEntry(
  kind: ScaffoldKind,
  id: string,
  answers: Answers,
  today: string,
): NewEntry {
  const a = (k: string) => {
    const v = answers[k]?.replace(/\s*\n\s*/g, ' ').trim();
    return v ? v : undefined;
  };
  const collection = KIND_INFO[kind].collection;
  const lines: string[] = [];
  const data: Record<string, unknown> = {};
  const put = (key: string, value: string | undefined, comment?: string, raw = false) => {
    if (value === undefined) return;
    data[key] = value;
    lines.push(`${key}: ${raw ? value : yamlScalar(value)}${comment ? `  # ${comment}` : ''}`);
  };
  const putList = (key: string, items: string[], comment?: string) => {
    data[key] = items;
    lines.push(`${key}: ${flowList(items)}${comment ? `  # ${comment}` : ''}`);
  };
  const quoteBlock = (key: string, speaker?: string) => {
    const q: Record<string, string> = { text: a('quote')!, source: a('source')! };
    lines.push(`${key}:  # 原文：逐字照录，不改写`);
    lines.push(`  text: ${yamlScalar(q.text)}`, `  source: ${yamlScalar(q.source)}`);
    if (a('locator')) {
      q.locator = a('locator')!;
      lines.push(`  locator: ${yamlScalar(q.locator)}`);
    }
    if (speaker) {
      q.speaker = speaker;
      lines.push(`  speaker: ${yamlScalar(speaker)}`);
    }
    data[key] = q;
  };
  const sourcesBlock = () => {
    const c: Record<string, unknown> = { source: a('source')! };
    lines.push(
      'sources:  # 本条依据的每个来源（至少一个）',
      `  - source: ${yamlScalar(a('source')!)}`,
    );
    if (a('locator')) {
      c.locator = a('locator');
      lines.push(`    locator: ${yamlScalar(a('locator')!)}`);
    }
    c.facts = splitList(answers.facts);
    lines.push(`    facts: ${flowList(c.facts as string[])}  # 事实核查表编号`);
    data.sources = [c];
  };

  if (kind === 'source') {
    put('id', id);
    put('title', a('title'));
    put('outlet', a('outlet'), '原始媒体，即使读的是转载页');
    put('author', a('author'));
    if (a('date')) put('date', a('date'));
    put(
      'dateStatus',
      a('date-status') ?? (a('date') ? 'stated' : 'unknown'),
      'stated 页面写明 / inferred 推断 / unknown 不详',
    );
    put('url', a('url'), '镜像站、垃圾站、低可靠站点不写网址');
    put('reliability', a('reliability'), RELIABILITY.join(' / '));
    put('notes', a('notes'));
    putList('facts', splitList(answers.facts), '事实核查表编号');
    const text = `# 来源 ${id}：在条目的 sources 里写 source: ${id} 引用它。字段说明见 src/schemas/sources.ts 和 CONTRIBUTING.md。\n${lines.join('\n')}\n`;
    return { id, kind, collection, file: `content/sources/${id}.yaml`, text, data };
  }

  put('id', id, '编号，发布后不能改');
  put('title', a('title'));
  put('summary', a('summary'));
  putList('aliases', splitList(answers.aliases), '检索别名，可为空');
  switch (kind) {
    case 'industry':
      lines.push('quotes:  # 原文：逐字照录来源中点名这一方向的话，不改写');
      lines.push(`  - text: ${yamlScalar(a('quote')!)}`, `    source: ${yamlScalar(a('source')!)}`);
      data.quotes = [
        {
          text: a('quote'),
          source: a('source'),
          ...(a('locator') ? { locator: a('locator') } : {}),
        },
      ];
      if (a('locator')) lines.push(`    locator: ${yamlScalar(a('locator')!)}`);
      lines.push(
        'facts: []  # 带日期的事实：{ text, date, dateStatus, fact, source, caveat, old }',
      );
      lines.push('unknowns: []  # 来源没有说明的事项，如“未找到：……”');
      lines.push('aspects: []  # 相关方面，如 [A1]（属本站解读）');
      lines.push('programmes: []  # 相关工程，如 [P1]（属本站解读）');
      lines.push('industries: []  # 相关产业方向');
      Object.assign(data, { facts: [], unknowns: [], aspects: [], programmes: [], industries: [] });
      break;
    case 'measure':
      put('aspect', a('aspect'), '来源写明的所属方面');
      quoteBlock('text');
      put('status', a('status') ?? 'unknown', MEASURE_STATUS.join(' / ') + '，只按来源所报');
      break;
    case 'programme':
      lines.push(`year: ${Number(a('year'))}`);
      data.year = Number(a('year'));
      quoteBlock('quote');
      putList('aspects', splitList(answers.aspects), '相关方面（属本站解读）');
      break;
    case 'statement':
      put('speaker', a('speaker'));
      put('role', a('role'), '按来源写的当时职务');
      if (a('date')) put('date', a('date'));
      put(
        'dateStatus',
        a('date-status') ?? (a('date') ? 'stated' : 'unknown'),
        'stated 来源写明 / inferred 推断 / unknown 不详',
      );
      quoteBlock('quote', a('speaker'));
      put('occasion', a('occasion'));
      break;
    case 'term':
      put('pinyin', a('pinyin'));
      putList('related', splitList(answers.related), '相关条目编号，如 E3、GL02');
      break;
    case 'target':
      if (a('year')) {
        lines.push(`year: ${Number(a('year'))}`);
        data.year = Number(a('year'));
      }
      put('certainty', a('certainty'), TARGET_CERTAINTY.join(' / '));
      quoteBlock('quote');
      put('caveat', a('caveat'));
      break;
  }
  sourcesBlock();
  lines.push(`updated: ${today}  # 最后一次实质修改的日期`);
  data.updated = today;
  const text = `---\n${lines.join('\n')}\n---\n\n${BODY_COMMENT}`;
  return {
    id,
    kind,
    collection,
    file: `content/${collection}/${id.toLowerCase()}.mdx`,
    text,
    data,
  };
}

/** Parses the frontmatter (or YAML) of a built entry, for checks. */
export function parseEntryText(entry: Pick<NewEntry, 'text' | 'file'>): Record<string, unknown> {
  if (entry.file.endsWith('.yaml')) return parseYaml(entry.text) as Record<string, unknown>;
  const m = /^---\n([\s\S]*?)\n---/.exec(entry.text);
  return parseYaml(m![1]) as Record<string, unknown>;
}

/** Kind of a flag value: accepts the English names and a few Chinese ones. */
export function parseKind(value: string | undefined): ScaffoldKind | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  const aliases: Record<string, ScaffoldKind> = {
    industries: 'industry',
    产业: 'industry',
    产业方向: 'industry',
    measures: 'measure',
    举措: 'measure',
    programmes: 'programme',
    program: 'programme',
    工程: 'programme',
    statements: 'statement',
    讲话: 'statement',
    terms: 'term',
    glossary: 'term',
    术语: 'term',
    targets: 'target',
    目标: 'target',
    sources: 'source',
    来源: 'source',
  };
  return (SCAFFOLD_KINDS as readonly string[]).includes(v) ? (v as ScaffoldKind) : aliases[v];
}

/** Builds the `Existing` summary from entries as read from disk. */
export function summariseExisting(
  entries: ReadonlyArray<{ collection: CollectionKey; data: Record<string, unknown> }>,
  extra: {
    published?: readonly string[];
    redirects?: ReadonlyArray<{ from: string; to: string }>;
    flaggedHosts?: readonly string[];
  } = {},
): Existing {
  const byCollection = new Map<CollectionKey, string[]>(COLLECTIONS.map((c) => [c, []]));
  const stated: Existing['stated'] = {};
  for (const e of entries) {
    const id = e.data.id;
    if (typeof id === 'string') byCollection.get(e.collection)!.push(id);
    if (
      e.collection === 'tiers' &&
      (id === 'E' || id === 'F' || id === 'T') &&
      typeof e.data.statedCount === 'number'
    )
      stated[id] = e.data.statedCount;
    if (e.collection === 'plan') {
      const s = e.data.stated as Record<string, { value?: unknown }> | undefined;
      if (typeof s?.measures?.value === 'number') stated.measures = s.measures.value;
      if (typeof s?.programmes?.value === 'number') stated.programmes = s.programmes.value;
    }
  }
  for (const list of byCollection.values()) list.sort(compareIds);
  const usedIds = new Set<string>([
    ...[...byCollection.entries()]
      .filter(([c]) => c !== 'plan' && c !== 'tiers')
      .flatMap(([, l]) => l),
    ...(extra.published ?? []),
    ...(extra.redirects ?? []).flatMap((r) => [r.from, r.to]),
  ]);
  return { usedIds, byCollection, stated, flaggedHosts: extra.flaggedHosts ?? [] };
}

/** The URL an entry will have on the site (for the "preview at" hint). */
export function previewPath(id: string): string | undefined {
  const kind = kindOfId(id);
  return kind ? entryPath(kind, id) : undefined;
}
