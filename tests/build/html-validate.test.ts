// Every HTML page in dist/ passes html-validate with the project's
// .htmlvalidate.json (html-validate:recommended; any rule turned off there
// says why). Errors are listed with rule, position, element and a snippet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { ROOT, pages } from './dist.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('html-validate', () => {
  it('finds HTML pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });
  for (const { file, html } of pages) {
    it(`${file} has no errors`, async () => {
      const report = await validator.validateString(html, file);
      const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
      const lines = errors.map((m) => {
        // Show the element the message is about, from its opening `<`.
        let at = Math.max(0, m.offset);
        do at = html.lastIndexOf('<', at - 1);
        while (at > 0 && html[at + 1] === '/');
        at = Math.max(0, at);
        const snippet = html.slice(at, Math.max(at + 160, m.offset + m.size)).replace(/\s+/g, ' ');
        return `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message} — ${m.selector ?? ''} — ${snippet}`;
      });
      expect(lines, lines.join('\n')).toEqual([]);
    });
  }
});
