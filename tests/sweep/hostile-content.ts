// Hostile content for tests/sweep/escaping.test.ts: writes XSS-style strings into
// the fields of a few entries of a project copy (never the real content/).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content-yaml.ts';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  js: 'javascript:alert(1)',
};
const ALL = Object.values(HOSTILE);

// Edits go through yaml's Document API so untouched values keep their quoting
// (a re-stringified `date: "2024-07"` would lose its quotes and become a Date for Astro).
// A dotted key (`quote.text`) sets a nested value.
function setAll(doc: Document, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) doc.setIn(key.split('.'), value);
}
/** Sets frontmatter values of an MDX file in a project copy and puts `bodyPrefix` at the start of its body. */
export function editMdx(
  root: string,
  rel: string,
  values: Record<string, unknown>,
  bodyPrefix = '',
): void {
  const file = join(root, rel);
  const parts = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${rel}: no frontmatter`);
  const doc = parseDocument(parts.yaml);
  setAll(doc, values);
  writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 })}---\n\n${bodyPrefix}${parts.body}`);
}
function editYaml(root: string, rel: string, values: Record<string, unknown>): void {
  const file = join(root, rel);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  setAll(doc, values);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/**
 * A body paragraph that carries the hostile strings the way an editor could
 * write them in MDX and still mean text: inline code and backslash-escaped `<`.
 * (Raw HTML and javascript: link targets in bodies are tested separately in
 * tests/sweep/escaping.test.ts, because a content check may refuse them.)
 */
export const HOSTILE_BODY = [
  `正文里的代码：\`${HOSTILE.script}\` 与 \`${HOSTILE.img}\` 与 \`${HOSTILE.js}\`。`,
  '',
  `正文里的文字：\\<script>alert(1)\\</script> 以及 "\\>\\<img src=x onerror=alert(1)\\> 以及 ${HOSTILE.js}。`,
  '',
].join('\n');

/** Entries changed by writeHostileContent, with the page each one has and the title it gets. */
export const HOSTILE_PAGES = [
  { url: '/glossary/gl01/', title: HOSTILE.script },
  { url: '/industries/e1/', title: HOSTILE.img },
  { url: '/statements/q1/', title: `${HOSTILE.js} ${HOSTILE.img}` },
  { url: '/sources/src-explainer/', title: `${HOSTILE.script}${HOSTILE.img}` },
];

/**
 * Writes hostile strings into a copy of the project at `root`: titles,
 * summaries, aliases and bodies of GL01, E1 and Q1 (plus Q1's speaker and
 * quote text and speaker), and the title, notes and an https URL with a hostile query of the
 * primary source. All values still pass the content schemas, so the site builds.
 */
export function writeHostileContent(root: string): void {
  const body = `${HOSTILE_BODY}\n`;
  editMdx(
    root,
    'content/terms/gl01.mdx',
    { title: HOSTILE.script, summary: `术语摘要 ${HOSTILE.img} ${HOSTILE.script}`, aliases: ALL },
    body,
  );
  editMdx(
    root,
    'content/industries/e1.mdx',
    { title: HOSTILE.img, summary: `方向摘要 ${HOSTILE.script} ${HOSTILE.js}`, aliases: ALL },
    body,
  );
  const q1 = {
    title: `${HOSTILE.js} ${HOSTILE.img}`,
    summary: `讲话摘要 ${HOSTILE.script}`,
    aliases: ALL,
    speaker: HOSTILE.img,
    'quote.text': HOSTILE.script,
    'quote.speaker': HOSTILE.img,
  };
  editMdx(root, 'content/statements/q1.mdx', q1, body);
  editYaml(root, 'content/sources/src-explainer.yaml', {
    title: `${HOSTILE.script}${HOSTILE.img}`,
    notes: `来源说明 ${HOSTILE.img} ${HOSTILE.script} ${HOSTILE.js}`,
    url: `https://example.org/article?q=${HOSTILE.img}&r=${HOSTILE.script}`,
  });
}

/** Makes the primary source's url a javascript: URL, which the content check must refuse. */
export function writeJavascriptUrl(root: string): void {
  editYaml(root, 'content/sources/src-explainer.yaml', { url: HOSTILE.js });
}
