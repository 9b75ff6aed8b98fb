#!/usr/bin/env node
// Creates a new content entry: asks for (or reads flags for) the kind and its
// required fields, proposes the next free ID, writes the file, then checks it.
// Usage: npm run new
//        npm run new -- --kind term --title 科技招商 --summary "……" --source src-explainer --yes
// Logic lives in src/lib/scaffold/scaffold.ts; this file only asks and writes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readContent } from './lib/read-content.ts';
import { validateEntries, type RawEntry } from '../src/lib/validate-entries.ts';
import { formatContentReport } from '../src/lib/content-errors.ts';
import { lintTree } from '../src/lib/lint/tree.ts';
import { formatLintFinding } from '../src/lib/lint/format.ts';
import {
  FIELDS,
  KIND_INFO,
  KIND_NOTE,
  SCAFFOLD_KINDS,
  buildEntry,
  capacityWarning,
  nextId,
  parseEntryText,
  parseKind,
  previewPath,
  refuseId,
  summariseExisting,
  type Answers,
  type Field,
  type ScaffoldKind,
} from '../src/lib/scaffold/scaffold.ts';
import flaggedHosts from '../src/data/flagged-hosts.json' with { type: 'json' };

const flagNames = [
  ...new Set(
    Object.values(FIELDS)
      .flat()
      .map((f) => f.key),
  ),
];
let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: false,
    options: {
      kind: { type: 'string' },
      id: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      root: { type: 'string', default: '.' },
      help: { type: 'boolean', short: 'h', default: false },
      ...Object.fromEntries(flagNames.map((k) => [k, { type: 'string' as const }])),
    },
  });
}
try {
  parsed = parseOptions();
} catch (err) {
  console.error(`✖ ${(err as Error).message}\n\n${usage()}`);
  process.exit(1);
}
const flags = parsed.values;
const flag = (k: string) => (flags as Record<string, string | boolean | undefined>)[k];

function usage(): string {
  const perKind = SCAFFOLD_KINDS.map(
    (k) =>
      `  ${k.padEnd(10)} ${KIND_INFO[k].zh}：${FIELDS[k].map((f) => `--${f.key}${f.required ? '' : '?'}`).join(' ')}`,
  ).join('\n');
  return `新建条目 Create a content entry

用法 usage:
  npm run new                      逐项提问 interactive
  npm run new -- --kind term --title 科技招商 --summary "……" --source src-explainer --yes

通用选项 options:
  --kind <kind>   ${SCAFFOLD_KINDS.join(' | ')}
  --id <ID>       指定编号（默认用下一个空闲编号）/ choose the ID
  --yes, -y       不提问：缺少必填项就报错退出 / non-interactive
  --force         来源所述总数已满时仍然新建 / add beyond the stated total
  --dry-run       只显示文件内容，不写文件 / print, do not write
  --root <dir>    项目目录 / project root (default .)

各类条目的字段（? 为可选）fields per kind (? = optional):
${perKind}`;
}

if (flag('help')) {
  console.log(usage());
  process.exit(0);
}

const root = resolve(String(flag('root')));
const interactive = !flag('yes');
const fail = (message: string): never => {
  console.error(`\n✖ ${message}`);
  process.exit(1);
};

// ── what exists ──
const read = readContent(root);
const listFile = (p: string) =>
  existsSync(p)
    ? readFileSync(p, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
const redirectsPath = join(root, 'content/redirects.yaml');
const existing = summariseExisting(read.entries, {
  published: listFile(join(root, 'content/published-ids.txt')),
  redirects: existsSync(redirectsPath)
    ? (parseYaml(readFileSync(redirectsPath, 'utf8')) ?? [])
    : [],
  flaggedHosts,
});
// Today in local time (editors work in China; UTC would be yesterday before 08:00).
const today = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000)
  .toISOString()
  .slice(0, 10);

// Answers are read line by line from a queue, so piped input (printf '…\n…' | npm run new) works as well as a terminal.
const rl = interactive
  ? createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY })
  : undefined;
const queued: string[] = [];
const waiting: Array<(line: string | undefined) => void> = [];
let closed = false;
rl?.on('line', (line) => (waiting.length ? waiting.shift()!(line) : queued.push(line)));
rl?.on('close', () => {
  closed = true;
  waiting.splice(0).forEach((w) => w(undefined));
});
async function ask(question: string): Promise<string> {
  if (!rl) return '';
  process.stdout.write(question);
  const line = queued.length
    ? queued.shift()
    : closed
      ? undefined
      : await new Promise<string | undefined>((r) => waiting.push(r));
  if (line === undefined) return fail('输入已结束，未新建条目 / input ended, nothing created');
  if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
  return line.trim();
}

// ── kind ──
let kind = parseKind(flag('kind') as string | undefined);
if (flag('kind') && !kind)
  fail(
    `不认识的类型 unknown kind "${String(flag('kind'))}"。可选 valid: ${SCAFFOLD_KINDS.join(', ')}`,
  );
while (!kind) {
  if (!interactive) fail(`缺少 --kind。可选 valid: ${SCAFFOLD_KINDS.join(', ')}`);
  console.log('\n要新建哪类条目？Which kind of entry?');
  SCAFFOLD_KINDS.forEach((k, i) => console.log(`  ${i + 1}. ${k.padEnd(10)} ${KIND_INFO[k].zh}`));
  const answer = await ask('输入序号或名称 number or name: ');
  kind = parseKind(answer) ?? SCAFFOLD_KINDS[Number(answer) - 1];
}
const k: ScaffoldKind = kind;
console.log(`\n新建${KIND_INFO[k].zh}（${k}）。必填项不能为空；可选项直接回车跳过。`);
if (KIND_NOTE[k]) console.log(`⚠ ${KIND_NOTE[k]}`);

// ── fields ──
const answers: Answers = {};
const missing: string[] = [];
async function fill(field: Field): Promise<void> {
  const given = flag(field.key) as string | undefined;
  const def = field.default?.(answers, today);
  // Choices are matched without regard to case (e → E).
  const normalise = (v: string) =>
    field.choices?.find((c) => c.toLowerCase() === v.trim().toLowerCase()) ?? v.trim();
  const checkValue = (v: string): string | undefined => {
    if (field.choices && !field.choices.includes(v))
      return `可选 choices: ${field.choices.join(' / ')}`;
    return field.check?.(v, existing, answers);
  };
  if (given !== undefined && given !== '') {
    const problem = checkValue(normalise(given));
    if (problem) {
      if (!interactive) fail(`--${field.key} "${given}"：${problem}`);
      console.log(`  ✖ --${field.key} "${given}"：${problem}`);
    } else {
      answers[field.key] = normalise(given);
      return;
    }
  }
  if (!interactive) {
    if (def !== undefined) answers[field.key] = def;
    else if (field.required) missing.push(field.key);
    return;
  }
  for (;;) {
    const choices = field.choices ? `（${field.choices.join(' / ')}）` : '';
    const hint = field.help ? `\n    ${field.help}` : '';
    const suffix = def !== undefined ? ` [${def}]` : field.required ? '' : ' [可留空]';
    const v = normalise(
      (await ask(
        `\n${field.label}${choices}${field.required ? ' *' : ''}${hint}\n  ${field.key}${suffix}: `,
      )) ||
        def ||
        '',
    );
    if (!v) {
      if (!field.required) return;
      console.log('  ✖ 必填 required');
      continue;
    }
    const problem = checkValue(v);
    if (problem) {
      console.log(`  ✖ ${problem}`);
      continue;
    }
    answers[field.key] = v;
    return;
  }
}
for (const field of FIELDS[k]) await fill(field);
if (missing.length)
  fail(
    `缺少必填项 missing required fields: ${missing.map((m) => `--${m}`).join(' ')}\n  （去掉 --yes 可以逐项提问 / drop --yes to be asked）`,
  );

// ── ID ──
let id = (flag('id') as string | undefined)?.trim();
const proposed = nextId(k, existing, answers);
if (!id) {
  if (interactive) {
    for (;;) {
      id =
        (await ask(`\n编号 ID（发布后不能改）${proposed ? ` [${proposed}]` : ''}: `)) ||
        proposed ||
        '';
      const problem = id ? refuseId(k, id, existing, answers) : '必填 required';
      if (!problem) break;
      console.log(`  ✖ ${problem}`);
    }
  } else id = proposed;
}
if (!id) fail('无法确定编号 cannot determine the ID: 请用 --id 指定');
const refusal = refuseId(k, id!, existing, answers);
if (refusal) fail(refusal);
const capacity = capacityWarning(k, existing, answers);
if (capacity) {
  if (!flag('force'))
    fail(`${capacity}\n  （确有来源依据时加 --force / add --force only if a source lists more）`);
  console.log(`\n⚠ ${capacity}`);
}

rl?.close();

// ── build, check in memory, write ──
const entry = buildEntry(k, id!, answers, today);
const target = join(root, entry.file);
if (existsSync(target)) fail(`文件已存在 file exists: ${entry.file}`);
const raw: RawEntry = {
  collection: entry.collection,
  file: entry.file,
  data: parseEntryText(entry),
  yamlText: entry.file.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(entry.text)![1] : entry.text,
  firstLine: entry.file.endsWith('.mdx') ? 2 : 1,
  stem: entry.file.replace(/^.*\//, '').replace(/\.(mdx|yaml)$/, ''),
  expectedStem: id!.toLowerCase(),
};
const problems = validateEntries([...read.entries, raw], { flaggedHosts }).filter(
  (e) => e.file === entry.file,
);
if (problems.length)
  fail(
    `新条目没有通过校验，未写入文件 / the new entry does not validate, nothing written:\n\n${formatContentReport(problems)}`,
  );

if (flag('dry-run')) {
  console.log(`\n── ${entry.file}（--dry-run，未写入 not written）──\n${entry.text}`);
  process.exit(0);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);

// ── check the tree with the new file ──
const after = readContent(root);
const errors = [...after.errors, ...validateEntries(after.entries, { flaggedHosts })];
const lint = await lintTree(root, { only: [entry.file] });
console.log(`\n✓ 已新建 created ${entry.file}（${KIND_INFO[k].zh} ${id}）`);
console.log(
  errors.length
    ? `\n${formatContentReport(errors)}`
    : `✓ 内容校验通过 content check OK (${after.entries.length} entries)`,
);
if (lint.findings.length) console.log(`\n${lint.findings.map(formatLintFinding).join('\n\n')}`);
else console.log('✓ 内容格式检查通过 content lint OK');

const url = previewPath(id!);
console.log(`
下一步 Next:
  1. 打开 ${entry.file}${entry.file.endsWith('.mdx') ? '，把正文注释换成“解读”（1—3 段，本站自己的话）' : '，核对各字段'}。
  2. 预览：npm run dev，然后打开 http://localhost:4321${url ?? '/'}
  3. 检查：npm run lint:content 和 npm run check:content（构建前也会自动检查）。
  4. ${k === 'source' ? `在条目的 sources 里写 source: ${id} 引用这个来源。` : '补充 facts、unknowns、相关条目等可选字段（见 CONTRIBUTING.md）。'}
  编号 ${id} 一经发布就不能改；上线时运行 npm run ids:publish 登记。`);
