// 原文 must be a source's words, verbatim. These helpers find every 原文 in the content
// (YAML data and <Quote> in bodies) for `npm run check:quotes` to check against source texts.
import { indexBody, innerSource } from './lint/mdx.ts';
import { objectsIn } from './lint/frontmatter.ts';

/**
 * Whether the object at `path` in an entry's YAML is a 原文 `{ text, source }`: a `quote`, an
 * item of `quotes` (at any depth: plan.yaml nests them), or a measure's top-level `text`.
 * Facts and summaries are our own words.
 */
export function isQuotePath(path: ReadonlyArray<string | number>): boolean {
  const key = path.findLast((p): p is string => typeof p === 'string');
  return key === 'quote' || key === 'quotes' || (path.length === 1 && key === 'text');
}

/** Every `{ text, source }` 原文 object in parsed YAML data, with its field path and, given `lineOf`, line. */
export function quotesInData(data: unknown, lineOf?: (path: ReadonlyArray<PropertyKey>) => number) {
  return objectsIn(data)
    .filter(({ path, rec }) => isQuotePath(path) && typeof rec.text === 'string')
    .map(({ path, field, rec }) => ({
      field: `${field}.text`,
      line: lineOf?.([...path, 'text']),
      text: String(rec.text),
      source: typeof rec.source === 'string' ? rec.source : undefined,
    }));
}

/** Every <Quote source="…">…</Quote> in an MDX body, with its line (bodyLine = line of the body's first line). */
export function quotesInBody(body: string, bodyLine: number) {
  return indexBody(body, bodyLine)
    .elements.filter(({ el }) => el.name === 'Quote' && el.children.length)
    .map(({ el, attrs }) => {
      const source = attrs.get('source');
      return {
        line: (el.position?.start.line ?? 1) + bodyLine - 1,
        text: innerSource(body, el).trim(),
        source: typeof source === 'string' ? source : undefined,
      };
    });
}

/**
 * Text as compared: Unicode-compatible forms unified (full-width digits and letters become
 * half-width), and no whitespace, since sources break lines and space CJK and Latin differently.
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The parts of a quotation that the source texts do not contain (empty: it is verbatim).
 * Only the text between omission marks (…… or …) must appear word for word.
 */
export function missingParts(text: string, sourceTexts: readonly string[]): string[] {
  return text
    .split(/…+|\.{3,}/)
    .map((part) => part.trim())
    .filter((part) => part && !sourceTexts.some((t) => t.includes(comparable(part))));
}
