// Text helpers shared by the copy rules: the spans of our own text that quote someone else,
// left as written.

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
