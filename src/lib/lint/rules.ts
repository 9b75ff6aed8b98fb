// The content lint's rules, in the order the editor guide (CONTRIBUTING.md, /guide/) lists them.
import traditional from './rules/traditional.ts';
import { flaggedLink, mojibake, pinyin, spam } from './rules/scraped.ts';
import emphasis from './rules/emphasis.ts';
import { dateUnknownNote, missingDate, missingSource } from './rules/sourcing.ts';
import unsourcedFigure from './rules/unsourced-figure.ts';
import unknownId from './rules/unknown-id.ts';
import component from './rules/component.ts';
import { punctuation, spacing } from './rules/autocorrect.ts';
import repeatedPunctuation from './rules/repeated-punctuation.ts';
import emptyBody from './rules/empty-body.ts';
import { dateStyle, nestedTitles, voice } from './rules/house-style.ts';
import type { Rule } from './rule.ts';

export const RULES = [
  traditional,
  pinyin,
  mojibake,
  spam,
  flaggedLink,
  emphasis,
  missingSource,
  missingDate,
  unsourcedFigure,
  unknownId,
  component,
  spacing,
  punctuation,
  repeatedPunctuation,
  emptyBody,
  dateUnknownNote,
  dateStyle,
  nestedTitles,
  voice,
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_BY_ID = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<RuleId, Rule>;
