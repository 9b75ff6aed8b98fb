// The field list of each collection, read from the zod schemas themselves, with
// a short Chinese explanation per field: the editor guide (/guide/) shows it, so
// the guide cannot drift from src/schemas/. A test fails when a schema gains a
// field that has no explanation here.
import { z } from 'astro/zod';
import { buildSchemas } from '../../schemas/index.ts';
import type { CollectionKey, ReferenceFn } from '../../schemas/shared.ts';

/** One field as the guide shows it. */
export interface FieldDoc {
  name: string;
  required: boolean;
  /** Allowed values, for enum fields. */
  values?: readonly string[];
  /** What to write, in Chinese. */
  help: string;
}

/** Explanations by field name; `collection.field` overrides for fields that mean different things. */
export const FIELD_HELP: Record<string, string> = {
  id: '编号，决定网址；发布后不能改',
  title: '标题（简体中文）',
  summary: '摘要，8—160 字，用本站自己的话；用于列表、搜索和链接预览',
  sources:
    '本条依据的来源，至少一个：source（来源编号）、locator（在来源中的位置，可选）、facts（事实核查表编号）',
  aliases: '检索别名，读者可能搜索的其他叫法',
  updated: '最后一次实质修改的日期，YYYY-MM-DD',
  quote: '原文：text（逐字照录）、source、locator、speaker（可选）',
  quotes: '原文，可多条：text（逐字照录）、source、locator',
  facts:
    '带日期的事实：text（本站的话）、date、dateStatus、fact（核查表编号）、source、caveat（注意事项）、old（旧数据）',
  'sources.facts': '取自这个来源的事实核查表编号',
  unknowns: '来源没有说明的事项，每条一句，如“未找到：……”',
  aspects: '相关方面的编号（本站的理解，页面标为解读）',
  programmes: '相关工程的编号（本站的理解）',
  industries: '相关产业方向的编号',
  pillar: '所属板块；只有来源写明时才填',
  aspect: '所属方面，必须是来源写明的',
  text: '举措原文：text（逐字照录）、source、locator',
  status: '进展，只按来源所报；来源没说就是 unknown',
  year: '年份，四位数字',
  speaker: '讲话人',
  role: '讲话人当时的职务，按来源写',
  date: '日期：YYYY、YYYY-MM 或 YYYY-MM-DD，按来源能确定的精度',
  dateStatus: '日期的依据：stated 来源写明 / inferred 本站推断 / unknown 不详',
  occasion: '场合，如访谈、发布会',
  certainty: '有多确定是方案本身的目标',
  caveat: '读者必须知道的注意事项',
  pinyin: '带声调的汉语拼音',
  related: '相关条目的编号（任何类型），如 E3、GL02',
  outlet: '原始媒体，即使读的是转载页',
  author: '作者或记者',
  url: '可以公开链接的网址；镜像站、垃圾站、低可靠站点一律不写',
  reliability: '来源性质（核查表的来源性质）',
  primary: '只有本站的主要来源（解读稿）为 true',
  notes: '读者要知道的：在哪里读到、哪些不确定',
  short: '简称（两个字），用于筛选',
  unit: '来源计数用的单位，如“条重点产业链”',
  statedCount: '来源所说的个数',
  aim: '这一类的目标，本站的话',
  shortTitle: '来源使用的简称',
  issuers: '印发单位，按来源',
  issued: '印发日期，按来源能确定的精度',
  issuedStatus: '印发日期的依据',
  issuedNote: '关于印发日期知道什么、不知道什么',
  documentNumber: '文号；来源没有给出就不写',
  purpose: '方案的目的，本站的话',
  stated: '来源所述的总数及其原文',
  flags: '提示：mirror 仅见于镜像（⚠）/ inferred 含推断 / conflict 来源冲突；有提示就要写 caveat',
  indicators:
    '报道的数值：measure（来源用语）、value、unit、qualifier（余/超过/预计超过）、period、periodKind、source、fact、note',
  claim: '原文：报道把结果归于方案的原话（如“落实《行动方案》”），text、source、locator',
  'progress.related':
    '相关条目：industry / target / statement 三选一，basis（source 来源写明 / editorial 本站解读），note（依据）',
};

const plainRef: ReferenceFn = () => z.string() as never;
const schemas = buildSchemas(plainRef);

type AnySchema = {
  def?: { type?: string; innerType?: AnySchema };
  options?: readonly string[];
  isOptional?: () => boolean;
  shape?: Record<string, AnySchema>;
};

function enumValues(s: AnySchema | undefined): readonly string[] | undefined {
  let cur = s;
  for (let i = 0; i < 4 && cur; i++) {
    if (cur.def?.type === 'enum' && cur.options) return cur.options;
    cur = cur.def?.innerType;
  }
  return undefined;
}

/** The fields of a collection's schema, in schema order. */
export function describeCollection(collection: CollectionKey): FieldDoc[] {
  const shape = (schemas[collection] as unknown as AnySchema).shape ?? {};
  return Object.entries(shape).map(([name, s]) => ({
    name,
    required: !(s.isOptional?.() ?? false),
    values: enumValues(s),
    help: FIELD_HELP[`${collection}.${name}`] ?? FIELD_HELP[name] ?? '',
  }));
}
