// Text helpers shared by the copy rules: the spans of our own text that quote someone else
// (left as written), and AutoCorrect applied around them.
import { format as autocorrectFormat, loadConfig as autocorrectConfig } from 'autocorrect-node';

// A hyphen between CJK words is usually part of a name (人民网-人民日报) or a range
// (2024-2026): AutoCorrect's space-around-dash rule is off.
autocorrectConfig(JSON.stringify({ rules: { 'space-dash': 0 } }));

/**
 * Spans of our own text that quote someone else and stay as written: “…” quotations, 《…》
 * titles, 「…」, 〈…〉, document numbers such as 镇数字发〔2022〕4号, and URLs.
 */
const EXEMPT =
  /“[^“”]*”|《[^《》]*》|「[^「」]*」|〈[^〈〉]*〉|[\u4e00-\u9fff]{1,10}〔\d{4}〕\d+号|https?:\/\/[^\s）)」”，。]+/g;

/** Splits text into free and exempt (quoted) spans, in order; 原文 is one exempt span. */
export function splitExempt(text: string, verbatim = false) {
  if (verbatim) return [{ start: 0, text, exempt: true }];
  const spans: Array<{ start: number; text: string; exempt: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(EXEMPT)) {
    if (m.index > last) spans.push({ start: last, text: text.slice(last, m.index), exempt: false });
    spans.push({ start: m.index, text: m[0], exempt: true });
    last = m.index + m[0].length;
  }
  if (last < text.length || !spans.length)
    spans.push({ start: last, text: text.slice(last), exempt: false });
  return spans;
}

/** Applies `fn` to the free spans only. */
export function mapFree(text: string, verbatim: boolean, fn: (s: string) => string): string {
  return splitExempt(text, verbatim)
    .map((s) => (s.exempt ? s.text : fn(s.text)))
    .join('');
}

const HOLE = '囗';

/**
 * AutoCorrect on our own text. Exempt spans are swapped for a placeholder in the same brackets
 * (“囗”, 《囗》, or a bare 囗) so that “876”,好 still gets its full-width comma, then put back.
 */
export function autocorrect(text: string, verbatim: boolean): string {
  if (verbatim || !/[\u3400-\u9fff]/.test(text)) return text;
  const spans = splitExempt(text);
  const held = spans.filter((s) => s.exempt).map((s) => s.text);
  const masked = spans
    .map((s) =>
      s.exempt ? (/^[“《「〈]/.test(s.text) ? s.text[0] + HOLE + s.text.at(-1) : HOLE) : s.text,
    )
    .join('');
  let out = masked;
  // One pass can leave work for the next (３月 → 3月 → 3 月).
  for (let i = 0, prev = ''; i < 4 && prev !== out; i++)
    [prev, out] = [out, autocorrectFormat(out)];
  const holes = out.split(HOLE).length - 1;
  if (text.includes(HOLE) || holes !== held.length)
    return mapFree(text, false, (s) => autocorrectFormat(s));
  let i = 0;
  return out.replace(/[“《「〈]?囗[”》」〉]?/g, () => held[i++]);
}

/** The differing middle of `a` and `b`, with a little context, and where it starts in `a`. */
export function diffExcerpt(a: string, b: string, context = 6) {
  const [ac, bc] = [[...a], [...b]];
  let s = 0;
  while (s < ac.length && s < bc.length && ac[s] === bc[s]) s++;
  let [ea, eb] = [ac.length, bc.length];
  while (ea > s && eb > s && ac[ea - 1] === bc[eb - 1]) [ea, eb] = [ea - 1, eb - 1];
  const from = Math.max(0, s - context);
  const cut = (c: string[], end: number) =>
    `${from > 0 ? '…' : ''}${c.slice(from, end + context).join('')}${end + context < c.length ? '…' : ''}`;
  return { index: ac.slice(0, s).join('').length, found: cut(ac, ea), suggestion: cut(bc, eb) };
}
