// Finds **emphasis** that does not render. Rather than guess CommonMark's
// flanking rules, each line is rendered with the site's own Markdown settings
// (remark-cjk-friendly, as in astro.config.mjs) and checked for literal markers.
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

let renderer: Promise<MarkdownRenderer> | undefined;

function getRenderer(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkCjkFriendly],
  });
  return renderer;
}

/** Literal emphasis markers left in rendered text: `**…`, `__…`, or a `*x*` pair. */
const LEFTOVER = /\*\*|__|\*[^\s*][^*]*\*/;

/** Whether a line may hold emphasis at all (cheap pre-check). */
export function mayHaveEmphasis(line: string): boolean {
  return /\*|__/.test(line);
}

/**
 * Renders one line of Markdown and returns the literal marker text a reader
 * would see (e.g. `**“876”**`), or undefined when everything rendered.
 */
export async function unrenderedEmphasis(line: string): Promise<string | undefined> {
  if (!mayHaveEmphasis(line)) return undefined;
  const { code } = await (await getRenderer()).render(line);
  const text = code
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x26;|&amp;/g, '&');
  const m = LEFTOVER.exec(text);
  if (!m) return undefined;
  const shown = text.trim();
  if ([...shown].length <= 40) return shown;
  const from = Math.max(0, m.index - 10);
  return `${from > 0 ? '…' : ''}${text.slice(from, m.index + m[0].length + 20).trim()}…`;
}
