import {
  flagOf,
  nextId,
  refuseId,
  type Answers,
  type Existing,
  type Question,
} from './scaffold.ts';
import { KIND_NAMES, findKind, kindInfo, type KindName } from '../kinds.ts';

/**
 * Fills the answers: flags first (checked; `flags` is keyed by flag name), then, when `ask` is
 * given, one question at a time until each answer passes its field's schema. Without `ask`,
 * suggested answers are taken and missing required keys returned.
 */
export async function collectAnswers(
  questions: Question[],
  flags: Readonly<Record<string, string | boolean | undefined>>,
  ask?: (prompt: string) => Promise<string>,
  log: (line: string) => void = console.log,
) {
  const answers: Answers = {};
  const missing: string[] = [];
  const problems: string[] = [];
  for (const q of questions) {
    // Choices are matched without regard to case (e → E).
    const normalise = (v: string) =>
      q.values?.find((c) => c.toLowerCase() === v.trim().toLowerCase()) ?? v.trim();
    const suggested = q.suggest?.(answers);
    const flag = flags[flagOf(q.key)];
    const flagged = typeof flag === 'string' ? flag : undefined;
    const flagProblem = flagged && q.check(normalise(flagged));
    if (flagged && !flagProblem) {
      answers[q.key] = normalise(flagged);
      continue;
    }
    const line = flagProblem && `--${flagOf(q.key)} "${flagged}"：${flagProblem}`;
    if (line && ask) log(`  ✖ ${line}`);
    else if (line) problems.push(line);
    if (!ask) {
      if (suggested !== undefined) answers[q.key] = suggested;
      else if (q.required && !flagged) missing.push(q.key);
      continue;
    }
    const choices = q.values
      ? `（${q.values.join(' / ')}）`
      : q.list
        ? '（可写多个，用逗号分隔）'
        : '';
    const shown = suggested !== undefined ? ` [${suggested}]` : q.required ? ' *' : ' [可留空]';
    const prompt = `\n${q.help}${choices}\n  ${flagOf(q.key)}${shown}: `;
    for (;;) {
      const v = normalise((await ask(prompt)) || suggested || '');
      const problem = v ? q.check(v) : q.required ? '必填 required' : undefined;
      if (!problem) {
        if (v) answers[q.key] = v;
        break;
      }
      log(`  ✖ ${problem}`);
    }
  }
  return { answers, missing, problems };
}

/** The first question (--kind): which kind of entry, by number or name. */
export const KIND_QUESTION: Question = {
  key: 'kind',
  help: `要新建哪类条目？Which kind of entry?\n${KIND_NAMES.map((k, i) => `  ${i + 1}. ${k.padEnd(10)} ${kindInfo(k).label}`).join('\n')}\n输入序号或名称 number or name`,
  required: true,
  check: (v) =>
    findKind(v) ? undefined : `不认识的类型 unknown kind。可选 valid: ${KIND_NAMES.join(', ')}`,
};

/** The last question (--id): the next free ID is suggested, an ID in use or of the wrong shape refused. */
export function idQuestion(kind: KindName, existing: Existing, answers: Answers): Question {
  const proposed = nextId(kind, existing, answers);
  return {
    key: 'id',
    help: '编号 ID（发布后不能改）',
    required: true,
    suggest: () => proposed,
    check: (v) => refuseId(kind, v, existing, answers),
  };
}
