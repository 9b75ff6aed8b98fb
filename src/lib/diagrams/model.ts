// What the diagrams show, derived from the content: the code's sum, what is
// known about pillar → aspect, and where a label may wrap. Layout is left to CSS.

/** `8 + 7 + 6 = 21`: the sum behind the code, from the counts. */
export function codeSum(blocks: ReadonlyArray<{ count: number }>): string {
  return `${blocks.map((b) => b.count).join(' + ')} = ${blocks.reduce((s, b) => s + b.count, 0)}`;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const OPENING = /[（「『“‘《〈【]$/;
const CLOSING = /^[）」』”’》〉】，。、；：！？]/;

/**
 * A label cut into words, so the component can put <wbr> between them under
 * `word-break: keep-all`: the browser then wraps only between words (高技术/船舶),
 * never inside one (船/舶). An opening bracket stays with the word after it and
 * closing punctuation with the word before, so no line ends in 《 or starts with ）.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (out.length && (OPENING.test(out[out.length - 1]) || CLOSING.test(segment)))
      out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/** Aspects whose data names a known pillar (only those are shown as belonging to it). */
export function pillarLinks(
  pillars: ReadonlyArray<{ id: string }>,
  aspects: ReadonlyArray<{ id: string; pillar?: string }>,
): Map<string, string> {
  const known = new Set(pillars.map((p) => p.id));
  return new Map(
    aspects.flatMap((a) => (a.pillar && known.has(a.pillar) ? [[a.id, a.pillar]] : [])),
  );
}

/** The sentence saying what is and is not known about pillar → aspect. */
export function pillarLinkNote(linked: number, aspects: number): string {
  if (linked === 0) return `来源没有说明这 ${aspects} 个方面分别属于哪个板块，图中不作对应。`;
  if (linked === aspects) return `${aspects} 个方面所属的板块都有来源写明。`;
  return `${linked} 个方面有来源写明所属板块；其余 ${aspects - linked} 个没有来源说明，不作对应。`;
}

/** Who reports the 2024 programmes: a person the explainer quotes, not the plan or its 工作要点. */
export const PROGRAMMES_REPORTED_BY = '据参与修订的相关人士';
