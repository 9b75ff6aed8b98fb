import { Document, isCollection, isScalar, isSeq, visit } from 'yaml';
import type { Node, Scalar, YAMLMap } from 'yaml';
import { fieldsOf, plainSchemas } from './fields.ts';
import { entryFile, kindInfo, type KindName } from '../kinds.ts';
import { shapeData, toValue, type Answers } from './scaffold.ts';

const BODY_COMMENT = `{/*
  解读（正文）：用本站自己的话写 1—3 段，说明这一条的意思和来源情况。写好后删除这段注释。
  · 只写来源说了的；来源没说的写明“未找到”“来源没有说明”，不要推测或补充政策。
  · 来源原话放进 <Quote>，逐字照录，不改字：
      <Quote source="src-explainer" locator="第 5 段">原文</Quote>
  · 提到其他条目：<Ref id="E3" />
  · 带日期的事实：<Fact source="src-…" date="2024-07" fact="IND-E3-1">事实，用本站自己的话</Fact>
  · 需要提醒读者的：<Callout type="warning">只在转载页上读到……</Callout>
  预览：npm run dev；检查：npm run lint:content 和 npm run check:content。
  组件和字段说明见编辑指南 /guide/ 和 CONTRIBUTING.md。
*/}
`;

/**
 * Builds a new entry from checked answers: where it goes (relative to the project root), its
 * text and the data the text must parse to. The data follows the schema's field order, and
 * each top-level field carries its schema help as a YAML comment.
 */
export function buildEntry(kind: KindName, id: string, answers: Answers, today: string) {
  const { collection } = kindInfo(kind);
  const fields = fieldsOf(plainSchemas[collection]);
  const data = shapeData(fields, (f, key) => {
    if (key === 'id' || key === 'updated') return key === 'id' ? id : today;
    const raw = answers[key]?.replace(/\s*\n\s*/g, ' ').trim();
    return raw || f.inner.type === 'array' ? toValue(f, raw) : undefined;
  });
  // YAML 1.1 quoting keeps dates and yes/no strings as strings for any YAML reader.
  const doc = new Document(data, { version: '1.1' });
  visit(doc, {
    Seq: (_, seq) => {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
  });
  for (const { key, value } of (doc.contents as YAMLMap<Scalar<string>, Node>).items) {
    const help = fields.find((f) => f.name === key.value)?.help;
    if (!help) continue;
    if (isCollection(value) && !(isSeq(value) && value.flow)) key.commentBefore = ` ${help}`;
    else value!.comment = ` ${help}`;
  }
  const yamlText = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text =
    kind === 'source'
      ? `# 来源 ${id}：在条目的 sources 里写 source: ${id} 引用它。\n${yamlText}`
      : `---\n${yamlText}---\n\n${BODY_COMMENT}`;
  return { collection, file: entryFile(collection, id), text, data };
}
