// 原文 must be a source's words, verbatim. These helpers find every 原文 in the
// content (frontmatter `quote`, `quotes`, a measure's `text`, plan.yaml and
// tiers.yaml quotes, <Quote> in bodies) and check each against saved source
// texts: `npm run check:quotes` (scripts/check-quotes.ts).
import { scanBody } from './lint/mdx-scan.ts';

/** One 原文 found in the content. */
export interface FoundQuote {
  file: string;
  /** Where in the file: a field path such as `quotes[1].text`, or `(正文 body) <Quote>`. */
  field: string;
  line?: number;
  text: string;
  source?: string;
}

/** Fields whose `{ text, source }` objects are 原文 (facts and summaries are our own words). */
const QUOTE_KEYS = new Set(['quote', 'quotes', 'text']);

/** Every `{ text, source }` 原文 object in parsed YAML data, with its field path. */
export function quotesInData(data: unknown, path = ''): Array<{ field: string; text: string; source?: string }> {
  const out: Array<{ field: string; text: string; source?: string }> = [];
  const visit = (value: unknown, at: string, quoteKey: boolean) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}[${i}]`, quoteKey));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (quoteKey && typeof o.text === 'string') out.push({ field: `${at}.text`, text: o.text, source: typeof o.source === 'string' ? o.source : undefined });
      for (const [k, v] of Object.entries(o)) if (typeof v === 'object') visit(v, at ? `${at}.${k}` : k, QUOTE_KEYS.has(k));
    }
  };
  visit(data, path, false);
  return out;
}

/** Every <Quote source="…">…</Quote> in an MDX body, with its line (bodyLine = line of the body's first line). */
export function quotesInBody(body: string, bodyLine = 1): Array<{ line: number; text: string; source?: string }> {
  const out: Array<{ line: number; text: string; source?: string }> = [];
  const tags = scanBody(body).tags;
  tags.forEach((tag, i) => {
    if (tag.name !== 'Quote' || tag.closing || tag.selfClosing) return;
    const close = tags.slice(i + 1).find((t) => t.name === 'Quote' && t.closing);
    if (!close) return;
    const source = tag.attrs.find((a) => a.name === 'source')?.value;
    out.push({
      line: bodyLine + body.slice(0, tag.offset).split('\n').length - 1,
      text: body.slice(tag.end, close.offset).trim(),
      source: typeof source === 'string' ? source : undefined,
    });
  });
  return out;
}

/** The parts of a quotation that must appear verbatim: the text between omission marks (…… or …). */
export function quoteParts(text: string): string[] {
  return text.split(/…+|\.{3,}/).map((p) => p.trim()).filter(Boolean);
}

/**
 * Text as compared: Unicode-compatible forms unified (full-width digits and
 * letters become half-width), and no whitespace, since sources break lines and
 * space CJK and Latin text differently from the site.
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The parts of `text` found in none of the source texts (empty: the quotation is verbatim). */
export function missingParts(text: string, sourceTexts: readonly string[]): string[] {
  return quoteParts(text).filter((part) => !sourceTexts.some((t) => t.includes(comparable(part))));
}
