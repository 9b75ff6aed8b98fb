#!/usr/bin/env node
// Content lint: Chinese text quality, sourcing and MDX usage in content/.
// Options: npm run lint:content -- --help. Exits 1 when any error is left.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatLintReport, lintTree } from '../src/lib/lint/tree.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    fix: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`用法 usage: npm run lint:content -- [--fix] [--strict] [--root <dir>] [文件 file …]

  --fix      自动修复安全的问题：繁体→简体、删除拼音注音、中英文空格和全角标点（原文和引号内不改）
             apply safe fixes (never inside 原文 or quotations)
  --strict   有警告也算失败 / fail on warnings too
  文件 file  只检查这些文件（编号仍从整个 content/ 读取）/ only these files (IDs from the whole tree)

规则说明见 CONTRIBUTING.md 或网站的 /guide/ 页面。`);
  process.exit(0);
}

const root = resolve(values.root);
const result = await lintTree(root, { fix: values.fix, only: positionals });
// Any error fails the run; with --strict, any warning too.
const failed = result.findings.some((f) => f.severity === 'error' || values.strict);
(failed ? console.error : console.log)(formatLintReport(result));
process.exit(failed ? 1 : 0);
