// Pure logic of `npm run new`. The questions, their help, defaults and checks
// are read from the zod schemas (fields.ts); this module adds only what a schema
// cannot know: how new IDs are numbered, the totals the sources state, and the
// layout of the new file.
import { z } from 'astro/zod';
import { checkingSchemas } from '../validate-entries.ts';
import { COLLECTIONS, type CollectionKey } from '../../schemas/shared.ts';
import { compareIds, kindInfo, splitId, type KindName } from '../kinds.ts';
import { fieldsOf, plainSchemas, unwrap, type FieldInfo } from './fields.ts';
import type { readPublishedIds } from '../published-ids.ts';

export type Existing = ReturnType<typeof summariseExisting>;

/** One question the scaffolder asks (or one flag it reads), derived from a schema field. */
export interface Question {
  /** Field name; the flag is its kebab-case form (dateStatus → --date-status). */
  key: string;
  help: string;
  required: boolean;
  values?: readonly string[];
  /** Comma-separated list (array fields). */
  list?: boolean;
  suggest?: (answers: Answers) => string | undefined;
  /** The field schema's own message when the answer does not pass it. */
  check: (value: string) => string | undefined;
}

export type Answers = Record<string, string | undefined>;

export const flagOf = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An answer typed as text, converted to what the field's schema parses (lists split at , ， 、 or spaces). */
export function toValue(field: FieldInfo, raw: string | undefined): unknown {
  const type = field.inner.type;
  if (type === 'array') return (raw ?? '').split(/[,，、\s]+/).filter(Boolean);
  if (type === 'number') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  return raw;
}

/**
 * Walks an entry schema into the shape of its data: objects and required arrays of objects (one
 * quotation, one citation) are walked into; defaulted arrays of objects (facts) are left empty
 * for the editor to fill in the file; leaves take what `leaf` gives (undefined leaves them out)
 * for their field's name, but a quotation's `text` is asked as `quote` (its `source` and
 * `locator` share the citation's answers). The questions and the new file come from this walk.
 */
export function shapeData(
  fields: FieldInfo[],
  leaf: (field: FieldInfo, key: string, required: boolean) => unknown,
  nested = false,
  required = true,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const element =
      f.inner instanceof z.ZodArray ? unwrap(f.inner.element as z.ZodType) : undefined;
    let value: unknown;
    if (f.inner instanceof z.ZodObject) {
      const object = shapeData(fieldsOf(f.inner), leaf, true, required && f.required);
      // An optional object (a progress item's claim) only when its answers make a whole one.
      value = f.required || f.schema.safeParse(object).success ? object : undefined;
    } else if (element instanceof z.ZodObject)
      value = f.required ? [shapeData(fieldsOf(element), leaf, true, required)] : [];
    else value = leaf(f, nested && f.name === 'text' ? 'quote' : f.name, required && f.required);
    if (value !== undefined) out[f.name] = value;
  }
  return out;
}

/** What the scaffolder proposes: the field's default or first example; a date's status follows the date. */
function suggestion(f: FieldInfo, key: string): Question['suggest'] {
  if (key === 'dateStatus') return (a) => (a.date ? 'stated' : 'unknown');
  const value = f.defaultValue ?? (f.schema.meta()?.examples as unknown[] | undefined)?.[0];
  return value === undefined || Array.isArray(value) ? undefined : () => String(value);
}

/** The questions for a kind, in schema order (industries first ask the tier, which picks the ID prefix). */
export function questionsFor(kind: KindName, existing = summariseExisting([])): Question[] {
  const out = new Map<string, Question>();
  const add = (f: FieldInfo, key: string, required: boolean) => {
    if (out.has(key)) return;
    out.set(key, {
      key,
      help: f.help,
      required,
      values: f.values ?? (f.inner.type === 'boolean' ? ['true', 'false'] : undefined),
      list: f.inner.type === 'array',
      suggest: suggestion(f, key),
      check: (v) => {
        const r = f.schema.safeParse(toValue(f, v));
        return r.success ? undefined : r.error.issues.map((i) => i.message).join('；');
      },
    });
  };
  if (kind === 'industry') add(fieldsOf(plainSchemas.tiers.pick({ id: true }))[0], 'tier', true);
  const fields = fieldsOf(checkingSchemas(existing.byCollection)[kindInfo(kind).collection]).filter(
    (f) => !['id', 'updated'].includes(f.name),
  );
  shapeData(fields, add);
  return [...out.values()];
}

/** The next free ID: one past the highest number ever used (published or redirected IDs count). */
export function nextId(kind: KindName, existing: Existing, answers: Answers = {}) {
  if (kind === 'source') {
    const base = `src-${(answers.date ?? '').replace(/-/g, '') || 'new'}`;
    let id = base;
    for (let n = 2; existing.usedIds.has(id); n++) id = `${base}-${n}`;
    return id;
  }
  // The letters and digit count of the kind's example ID (M07: M, 2 digits); industries are
  // numbered within the tier asked for (E1, F1, T1).
  const { example } = kindInfo(kind);
  const [letters] = splitId(example);
  const prefix = kind === 'industry' ? answers.tier : letters;
  if (!prefix) return undefined;
  const pad = example.length - letters.length;
  const pattern = new RegExp(`^${prefix}(\\d+)$`); // G3 matches G, GL02 does not
  const numbers = [...existing.usedIds].map((id) => Number(pattern.exec(id)?.[1] ?? 0));
  return `${prefix}${String(Math.max(0, ...numbers) + 1).padStart(pad, '0')}`;
}

/** Why an ID cannot be used for a new entry of this kind, or undefined when it can. */
export function refuseId(kind: KindName, id: string, existing: Existing, answers: Answers = {}) {
  const { pattern, example } = kindInfo(kind);
  if (!pattern.test(id))
    return `编号 "${id}" 的格式不对，应如 ${example} / expected an ID like ${example}`;
  if (kind === 'industry' && answers.tier && id[0] !== answers.tier)
    return `编号 "${id}" 不属于类别 ${answers.tier}`;
  if (!existing.usedIds.has(id)) return undefined;
  const current = [...existing.byCollection.values()].some((l) => l.includes(id));
  const next = nextId(kind, existing, answers);
  return `编号 "${id}" 已${current ? '被现有条目使用' : '发布过（见 content/published-ids.txt 或 redirects.yaml），不能再用'} / ID ${id} is already ${current ? 'in use' : 'published'}。${next ? `下一个可用的编号 next free ID: ${next}` : ''}`;
}

/**
 * A warning when one more entry would outnumber what the sources state (a 9th emerging industry
 * when tiers.yaml says 8): the count tests would fail, so the CLI asks for --force.
 */
export function capacityWarning(kind: KindName, existing: Existing, answers: Answers) {
  const { collection, label } = kindInfo(kind);
  const tier = kind === 'industry' ? answers.tier : undefined;
  if (kind === 'industry' && !tier) return undefined;
  const count = existing.stated[tier ?? collection];
  const have = (existing.byCollection.get(collection) ?? []).filter((id) =>
    id.startsWith(tier ?? ''),
  ).length;
  if (count === undefined || have < count) return undefined;
  const what = tier
    ? `类别 ${tier} 的产业方向（content/tiers.yaml 的 statedCount）`
    : `${label}（content/plan.yaml 的 stated.${collection}）`;
  return `来源说共有 ${count} 个${what}，现在已经有 ${have} 个。再加一个会与来源所述总数不符，计数测试会失败。只有来源确实列出了更多时才继续（加 --force），并同时更新所述总数及其原文。`;
}

/**
 * What the scaffolder knows about the existing content: every ID in use (current entries,
 * published IDs, both ends of every redirect), the IDs by collection, and how many entries the
 * sources say there are, by tier (tiers.yaml) or collection (plan.yaml).
 */
export function summariseExisting(
  entries: ReadonlyArray<{ collection: CollectionKey; data: Record<string, unknown> }>,
  extra: Partial<ReturnType<typeof readPublishedIds>> = {},
) {
  const byCollection = new Map<CollectionKey, string[]>(COLLECTIONS.map((c) => [c, []]));
  const stated: Record<string, number | undefined> = {};
  for (const { collection, data } of entries) {
    if (typeof data.id === 'string') byCollection.get(collection)!.push(data.id);
    if (collection === 'tiers' && typeof data.statedCount === 'number')
      stated[String(data.id)] = data.statedCount;
    if (collection === 'plan')
      for (const [c, s] of Object.entries(
        (data.stated ?? {}) as Record<string, { value?: number }>,
      ))
        stated[c] = s.value;
  }
  for (const list of byCollection.values()) list.sort(compareIds);
  const usedIds = new Set<string>([
    ...[...byCollection].filter(([c]) => c !== 'plan' && c !== 'tiers').flatMap(([, l]) => l),
    ...(extra.published ?? []),
    ...(extra.redirects ?? []).flatMap((r) => [r.from, r.to]),
  ]);
  return { usedIds, byCollection, stated };
}
