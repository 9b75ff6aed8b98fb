// A small scanner for the MDX bodies editors write: finds prose, JSX tags with
// their attributes, links, comments and code, with offsets. It is not a full MDX
// parser; it only needs to know which text a reader sees and which is markup.

/** An attribute of a JSX tag: a string, `true` for a bare attribute, or an `{expression}`. */
export interface JsxAttr {
  name: string;
  value: string | true;
  /** True when the value was written as `{…}` (cannot be checked statically). */
  expression: boolean;
  /** Offset of the attribute in the body. */
  offset: number;
  /** Offset of the value's first character (inside the quotes). */
  valueOffset: number;
}

export interface JsxTag {
  name: string;
  attrs: JsxAttr[];
  offset: number;
  end: number;
  closing: boolean;
  selfClosing: boolean;
}

/** A run of text a reader sees. `verbatim` inside <Quote>…</Quote>. */
export interface ProseRun {
  start: number;
  end: number;
  verbatim: boolean;
}

export interface BodyScan {
  tags: JsxTag[];
  prose: ProseRun[];
  /** Markdown link targets and autolinks. */
  links: Array<{ url: string; offset: number }>;
  /** Regions a reader never sees as text: comments, code, expressions, ESM. */
  hidden: Array<{ start: number; end: number; kind: 'comment' | 'code' | 'expression' | 'esm' }>;
}

/** Components whose children are 原文 and stay verbatim. */
export const VERBATIM_COMPONENTS = new Set(['Quote']);

function matchBrace(s: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Parses a JSX/HTML tag starting at `<`; undefined when it is not one. */
export function parseTag(s: string, at: number): JsxTag | undefined {
  const head = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(s.slice(at, at + 64));
  if (!head) return undefined;
  const closing = head[1] === '/';
  const name = head[2];
  const attrs: JsxAttr[] = [];
  let i = at + head[0].length;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (s[i] === '>') return { name, attrs, offset: at, end: i + 1, closing, selfClosing: false };
    if (s[i] === '/' && s[i + 1] === '>')
      return { name, attrs, offset: at, end: i + 2, closing, selfClosing: true };
    if (s[i] === '{') {
      // Spread attributes {...props}: skip.
      const close = matchBrace(s, i);
      if (close === -1) return undefined;
      i = close + 1;
      continue;
    }
    const an = /^[A-Za-z_:][\w:.-]*/.exec(s.slice(i, i + 64));
    if (!an) return undefined;
    const attrOffset = i;
    i += an[0].length;
    while (i < s.length && /[ \t]/.test(s[i])) i++;
    if (s[i] !== '=') {
      attrs.push({
        name: an[0],
        value: true,
        expression: false,
        offset: attrOffset,
        valueOffset: attrOffset,
      });
      continue;
    }
    i++;
    while (i < s.length && /[ \t]/.test(s[i])) i++;
    const q = s[i];
    if (q === '"' || q === "'") {
      const close = s.indexOf(q, i + 1);
      if (close === -1) return undefined;
      attrs.push({
        name: an[0],
        value: s.slice(i + 1, close),
        expression: false,
        offset: attrOffset,
        valueOffset: i + 1,
      });
      i = close + 1;
    } else if (q === '{') {
      const close = matchBrace(s, i);
      if (close === -1) return undefined;
      const inner = s.slice(i + 1, close).trim();
      const literal = /^(["'])(.*)\1$/s.exec(inner);
      attrs.push({
        name: an[0],
        value: literal ? literal[2] : inner,
        expression: !literal,
        offset: attrOffset,
        valueOffset: i + 1,
      });
      i = close + 1;
    } else return undefined;
  }
  return undefined;
}

/** Scans an MDX body. Offsets are into `body`. */
export function scanBody(body: string): BodyScan {
  const out: BodyScan = { tags: [], prose: [], links: [], hidden: [] };
  let verbatimDepth = 0;
  let runStart = -1;
  let runVerbatim = false;
  const flush = (end: number) => {
    if (runStart !== -1 && end > runStart)
      out.prose.push({ start: runStart, end, verbatim: runVerbatim });
    runStart = -1;
  };
  const text = (i: number) => {
    const v = verbatimDepth > 0;
    if (runStart !== -1 && v !== runVerbatim) flush(i);
    if (runStart === -1) {
      runStart = i;
      runVerbatim = v;
    }
  };
  const hide = (start: number, end: number, kind: BodyScan['hidden'][number]['kind']) => {
    flush(start);
    out.hidden.push({ start, end, kind });
    return end;
  };

  let i = 0;
  while (i < body.length) {
    const lineStart = i === 0 || body[i - 1] === '\n';
    if (lineStart) {
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(body.slice(i, i + 40));
      if (fence) {
        const marker = fence[1];
        let j = body.indexOf('\n', i);
        let end = body.length;
        while (j !== -1) {
          const next = body.indexOf('\n', j + 1);
          const line = body.slice(j + 1, next === -1 ? body.length : next);
          if (line.trim().startsWith(marker[0].repeat(marker.length))) {
            end = next === -1 ? body.length : next;
            break;
          }
          j = next;
        }
        i = hide(i, end, 'code');
        continue;
      }
      if (/^(import|export)\s/.test(body.slice(i, i + 8))) {
        const nl = body.indexOf('\n', i);
        i = hide(i, nl === -1 ? body.length : nl, 'esm');
        continue;
      }
    }
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      text(i);
      i += 2;
      continue;
    }
    if (c === '{') {
      if (body.startsWith('{/*', i)) {
        const close = body.indexOf('*/}', i);
        i = hide(i, close === -1 ? body.length : close + 3, 'comment');
        continue;
      }
      const close = matchBrace(body, i);
      i = hide(i, close === -1 ? body.length : close + 1, 'expression');
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(body.slice(i))![0];
      const close = body.indexOf(run, i + run.length);
      if (close !== -1) {
        i = hide(i, close + run.length, 'code');
        continue;
      }
    }
    if (c === '<') {
      if (body.startsWith('<!--', i)) {
        const close = body.indexOf('-->', i);
        i = hide(i, close === -1 ? body.length : close + 3, 'comment');
        continue;
      }
      const auto = /^<(https?:\/\/[^>\s]+)>/.exec(body.slice(i, i + 2048));
      if (auto) {
        out.links.push({ url: auto[1], offset: i + 1 });
        flush(i);
        i += auto[0].length;
        continue;
      }
      const tag = parseTag(body, i);
      if (tag) {
        flush(i);
        out.tags.push(tag);
        if (VERBATIM_COMPONENTS.has(tag.name) && !tag.selfClosing)
          verbatimDepth = Math.max(0, verbatimDepth + (tag.closing ? -1 : 1));
        i = tag.end;
        continue;
      }
    }
    if (c === '[') {
      // The opening bracket of a Markdown link is markup, not text: a reader sees only the link text.
      const nl = body.indexOf('\n', i);
      const close = body.indexOf('](', i);
      if (close !== -1 && (nl === -1 || close < nl)) {
        flush(i);
        i++;
        continue;
      }
    }
    if (c === ']' && body[i + 1] === '(') {
      const close = body.indexOf(')', i + 2);
      const nl = body.indexOf('\n', i + 2);
      if (close !== -1 && (nl === -1 || close < nl)) {
        flush(i);
        const target = body
          .slice(i + 2, close)
          .trim()
          .split(/\s+/)[0];
        out.links.push({ url: target.replace(/^<|>$/g, ''), offset: i + 2 });
        i = close + 1;
        continue;
      }
    }
    text(i);
    i++;
  }
  flush(body.length);
  return out;
}

/** 1-based line of an offset, given the line number of offset 0. */
export function lineAt(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Splits prose runs at line breaks: one piece per line, each with its offset. */
export function proseLines(
  body: string,
  runs: ProseRun[],
): Array<{ start: number; text: string; verbatim: boolean }> {
  const out: Array<{ start: number; text: string; verbatim: boolean }> = [];
  for (const r of runs) {
    let s = r.start;
    for (const part of body.slice(r.start, r.end).split('\n')) {
      if (part.trim()) out.push({ start: s, text: part, verbatim: r.verbatim });
      s += part.length + 1;
    }
  }
  return out;
}
