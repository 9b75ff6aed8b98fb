#!/usr/bin/env node
// 核对原文: checks that every 原文 in content/ appears word for word in the saved source
// texts, kept outside the repository (README, `npm run check:quotes`). Parts between
// omission marks (……) are checked one by one; whitespace and character width are ignored.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content-files.ts';
import { comparable, missingParts, quotesInBody, quotesInData } from '../src/lib/quotes.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, texts: { type: 'string' } },
});
const root = resolve(values.root);
const textsDir = resolve(root, values.texts ?? '../shared/sources');

if (!existsSync(textsDir)) {
  console.error(
    `✖ 找不到来源文本文件夹 ${textsDir}。用 --texts 指定保存来源全文（.txt / .md）的文件夹。\n  No folder of source texts at ${textsDir}: pass --texts <folder>.`,
  );
  process.exit(2);
}
// The as-scraped copies hold traditional characters and mojibake: a quotation must match the cleaned text.
const files = globSync('*.{txt,md}', { cwd: textsDir, exclude: ['*as-scraped*'] }).sort();
if (files.length === 0) {
  console.error(
    `✖ ${textsDir} 里没有 .txt 或 .md 来源文本。No .txt or .md source texts in ${textsDir}.`,
  );
  process.exit(2);
}
const texts = files.map((f) => comparable(readFileSync(join(textsDir, f), 'utf8')));

const read = readContent(root);
const quotes = [
  ...read.entries.flatMap((e) =>
    quotesInData(e.data, e.lineOf).map((q) => ({ ...q, file: e.file })),
  ),
  ...read.bodies.flatMap((b) =>
    quotesInBody(b.body, b.bodyLine).map((q) => ({
      ...q,
      file: b.file,
      field: '(正文 body) <Quote>',
    })),
  ),
];

const problems = quotes
  .map((q) => ({ q, missing: missingParts(q.text, texts) }))
  .filter((p) => p.missing.length > 0);
for (const { q, missing } of problems) {
  console.error(`✖ ${q.file}${q.line ? `:${q.line}` : ''}  [原文核对 quote check]
  字段 field:    ${q.field}${q.source ? `（来源 ${q.source}）` : ''}
  未找到 not found: ${missing.map((m) => `“${m}”`).join('、')}
  提示 hint:     原文要逐字照录来源（可用……省略中间部分）。请对照来源改正；如果这是转述，请移到“解读”里用自己的话写。\n`);
}
const where = `${files.length} 个来源文本（${relative(root, textsDir) || '.'}：${files.join('、')}）`;
if (problems.length) {
  console.error(
    `原文核对失败 Quote check failed: ${problems.length} of ${quotes.length} quotation(s) not found verbatim in ${where}.`,
  );
  process.exit(1);
}
console.log(
  `原文核对通过 Quote check OK: all ${quotes.length} quotation(s) found verbatim in ${where}.`,
);
