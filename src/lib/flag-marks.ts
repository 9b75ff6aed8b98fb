// The short marks that carry an item's provenance flags in lists, so the flag stays on
// every item it applies to without repeating its sentence: the mark is shown, the words
// are read out to screen readers and said once in the page's legend.
import { CERTAINTY_LABEL, FLAG_WORDS } from './labels.ts';

/** What a flag looks like in a list and what it means. */
export const FLAG_MARKS = {
  mirror: { mark: '⚠', words: FLAG_WORDS.mirror },
  inferred: { mark: '推断', words: FLAG_WORDS.inferred },
  conflict: { mark: '两说', words: FLAG_WORDS.conflict },
  commentary: { mark: '推断', words: CERTAINTY_LABEL.commentary },
  department: { mark: '部门', words: CERTAINTY_LABEL.department },
} as const;

export type FlagKind = keyof typeof FLAG_MARKS;

/**
 * An item's flags from its data: a progress item's `flags`, whether everything it cites
 * was read on mirror pages, and a target's certainty when it is less than the plan's own.
 */
export function flagsOf(item: {
  flags?: readonly string[];
  mirrorOnly?: boolean;
  certainty?: string;
}): FlagKind[] {
  const kinds = [item.mirrorOnly && 'mirror', ...(item.flags ?? []), item.certainty];
  return [...new Set(kinds)].filter((k): k is FlagKind => !!k && k in FLAG_MARKS);
}

/** The legend for the flags some items carry: each mark once, with every meaning it has there. */
export function flagLegend(kinds: Iterable<FlagKind>): Array<{ mark: string; words: string[] }> {
  const shown = new Set(kinds);
  const flags = Object.entries(FLAG_MARKS).filter(([k]) => shown.has(k as FlagKind));
  const byMark = Map.groupBy(flags, ([, f]) => f.mark);
  return [...byMark].map(([mark, list]) => ({ mark, words: list.map(([, f]) => f.words) }));
}
