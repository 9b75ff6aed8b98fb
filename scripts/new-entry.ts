#!/usr/bin/env node
// Creates a new content entry: asks for (or reads flags for) the kind and its
// fields, proposes the next free ID, checks the entry, writes it, lints it.
// The questions come from the schemas (src/lib/scaffold/); this file only asks and writes.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseContentFile, readContent } from '../src/lib/content-files.ts';
import { checkContent } from '../src/lib/validate-entries.ts';
import { formatContentReport } from '../src/lib/content-errors.ts';
import { readPublishedIds } from '../src/lib/published-ids.ts';
import { CONTENT_LAYOUT } from '../src/schemas/shared.ts';
import { formatLintFinding, lintTree } from '../src/lib/lint/tree.ts';
import { buildEntry } from '../src/lib/scaffold/entry.ts';
import { KIND_QUESTION, collectAnswers, idQuestion } from '../src/lib/scaffold/answers.ts';
import type { Question } from '../src/lib/scaffold/scaffold.ts';
import { KIND_NAMES, entryPath, findKind, kindInfo } from '../src/lib/kinds.ts';
import {
  capacityWarning,
  flagOf,
  questionsFor,
  summariseExisting,
} from '../src/lib/scaffold/scaffold.ts';

const questionKeys = [...new Set(KIND_NAMES.flatMap((k) => questionsFor(k).map((q) => q.key)))];
const usage = () => `新建条目 Create a content entry

用法 usage:
  npm run new                      逐项提问 interactive
  npm run new -- --kind term --title 科技招商 --summary "……" --source src-explainer --yes

通用选项 options:
  --kind <kind>   ${KIND_NAMES.join(' | ')}
  --id <ID>       指定编号（默认用下一个空闲编号）/ choose the ID
  --yes, -y       不提问：缺少必填项就报错退出 / non-interactive
  --force         来源所述总数已满时仍然新建 / add beyond the stated total
  --dry-run       只显示文件内容，不写文件 / print, do not write
  --root <dir>    项目目录 / project root (default .)

各类条目的字段（? 为可选；说明见 /guide/）fields per kind (? = optional):
${KIND_NAMES.map(
  (k) =>
    `  ${k.padEnd(10)} ${kindInfo(k).label}：${questionsFor(k)
      .map((q) => `--${flagOf(q.key)}${q.required ? '' : '?'}`)
      .join(' ')}`,
).join('\n')}`;

const fail = (message: string): never => {
  console.error(`\n✖ ${message}`);
  process.exit(1);
};
let flags: Record<string, string | boolean | undefined> = {};
try {
  flags = parseArgs({
    options: {
      kind: { type: 'string' },
      id: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      root: { type: 'string', default: '.' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(questionKeys.map((k) => [flagOf(k), { type: 'string' as const }])),
    },
  }).values;
} catch (err) {
  fail(`${(err as Error).message}\n\n${usage()}`);
}
if (flags.help) {
  console.log(usage());
  process.exit(0);
}

const root = resolve(String(flags.root));
const read = readContent(root);
const existing = summariseExisting(read.entries, readPublishedIds(root));
// Today in local time (editors work in China; UTC would be yesterday before 08:00): en-CA writes YYYY-MM-DD.
const today = new Date().toLocaleDateString('en-CA');

// Lines are read through readline's async iterator, which queues them, so piped input works too.
const lines = flags.yes
  ? undefined
  : createInterface({ input: process.stdin, terminal: process.stdin.isTTY })[
      Symbol.asyncIterator
    ]();
const ask =
  lines &&
  (async (question: string): Promise<string> => {
    process.stdout.write(question);
    const line = await lines.next();
    if (line.done) return fail('输入已结束，未新建条目 / input ended, nothing created');
    if (!process.stdin.isTTY) process.stdout.write(`${line.value}\n`);
    return line.value.trim();
  });

// ── kind, answers, ID: each asked (or read from its flag) until it passes its check ──
const collect = async (questions: Question[]) => {
  const r = await collectAnswers(questions, flags, ask);
  if (r.problems.length) fail(r.problems.join('\n'));
  if (r.missing.length)
    fail(
      `缺少必填项 missing required fields: ${r.missing.map((m) => `--${flagOf(m)}`).join(' ')}${r.missing.includes('kind') ? `（可选 valid: ${KIND_NAMES.join(', ')}）` : ''}\n  （去掉 --yes 可以逐项提问 / drop --yes to be asked）`,
    );
  return r.answers;
};
const kind = findKind((await collect([KIND_QUESTION])).kind!)!; // checked by KIND_QUESTION
const { label, note } = kindInfo(kind);
console.log(`\n新建${label}（${kind}）。带 * 的必填；可选项直接回车跳过。`);
if (note) console.log(`⚠ ${note}`);
const answers = await collect(questionsFor(kind, existing));
const id = (await collect([idQuestion(kind, existing, answers)])).id!;
const capacity = capacityWarning(kind, existing, answers);
if (capacity && !flags.force)
  fail(`${capacity}\n  （确有来源依据时加 --force / add --force only if a source lists more）`);
if (capacity) console.log(`\n⚠ ${capacity}`);
lines?.return?.();

// ── check in memory with the rest of the tree, then write and lint ──
const entry = buildEntry(kind, id, answers, today);
const target = join(root, entry.file);
if (existsSync(target)) fail(`文件已存在 file exists: ${entry.file}`);
const layout = CONTENT_LAYOUT[entry.collection].kind;
parseContentFile({ ...entry, kind: layout, misnamed: false }, entry.text, read);
const errors = checkContent(root, read);
const own = errors.filter((e) => e.file === entry.file);
if (own.length)
  fail(
    `新条目没有通过校验，未写入文件 / the new entry does not validate, nothing written:\n\n${formatContentReport(own)}`,
  );
if (flags['dry-run']) {
  console.log(`\n── ${entry.file}（--dry-run，未写入 not written）──\n${entry.text}`);
  process.exit(0);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);
const lint = await lintTree(root, { only: [entry.file] });
console.log(`\n✓ 已新建 created ${entry.file}（${label} ${id}）`);
console.log(
  errors.length
    ? `\n${formatContentReport(errors)}`
    : `✓ 内容校验通过 content check OK (${read.entries.length} entries)`,
);
console.log(
  lint.findings.length
    ? `\n${lint.findings.map(formatLintFinding).join('\n\n')}`
    : '✓ 内容格式检查通过 content lint OK',
);
console.log(`
下一步 Next:
  1. 打开 ${entry.file}${layout === 'mdx' ? '，把正文注释换成“解读”（1—3 段，本站自己的话）' : '，核对各字段'}。
  2. 预览：npm run dev，然后打开 http://localhost:4321${entryPath(entry.collection, id)}
  3. 检查：npm run lint:content 和 npm run check:content（构建前也会自动检查）。
  4. ${kind === 'source' ? `在条目的 sources 里写 source: ${id} 引用这个来源。` : '补充 facts、unknowns、相关条目等可选字段（字段说明见 /guide/）。'}
  以后每次实质修改这一条，把 updated 改成修改当天的日期。
  编号 ${id} 一经发布就不能改；上线时运行 npm run ids:publish 登记。`);
