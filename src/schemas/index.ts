import type { CollectionKey, ReferenceFn } from './shared.ts';
import { sourceSchema } from './sources.ts';
import { tierSchema } from './tiers.ts';
import { planSchema } from './plan.ts';
import { industrySchema } from './industries.ts';
import { pillarSchema } from './pillars.ts';
import { aspectSchema } from './aspects.ts';
import { measureSchema } from './measures.ts';
import { programmeSchema } from './programmes.ts';
import { statementSchema } from './statements.ts';
import { targetSchema } from './targets.ts';
import { termSchema } from './terms.ts';
import { progressSchema } from './progress.ts';

/** All schemas, keyed by collection, built with the given reference function. */
export function buildSchemas(ref: ReferenceFn) {
  return {
    plan: planSchema(ref),
    sources: sourceSchema,
    tiers: tierSchema(ref),
    industries: industrySchema(ref),
    pillars: pillarSchema(ref),
    aspects: aspectSchema(ref),
    measures: measureSchema(ref),
    programmes: programmeSchema(ref),
    statements: statementSchema(ref),
    targets: targetSchema(ref),
    terms: termSchema(ref),
    progress: progressSchema(ref),
  } satisfies Record<CollectionKey, unknown>;
}

/** Where each collection lives under content/ and how its files are named. */
export const CONTENT_LAYOUT: Record<
  CollectionKey,
  { path: string; kind: 'mdx' | 'yaml-dir' | 'yaml-list' | 'yaml-one' }
> = {
  plan: { path: 'plan.yaml', kind: 'yaml-one' },
  sources: { path: 'sources', kind: 'yaml-dir' },
  tiers: { path: 'tiers.yaml', kind: 'yaml-list' },
  industries: { path: 'industries', kind: 'mdx' },
  pillars: { path: 'pillars', kind: 'mdx' },
  aspects: { path: 'aspects', kind: 'mdx' },
  measures: { path: 'measures', kind: 'mdx' },
  programmes: { path: 'programmes', kind: 'mdx' },
  statements: { path: 'statements', kind: 'mdx' },
  targets: { path: 'targets', kind: 'mdx' },
  terms: { path: 'terms', kind: 'mdx' },
  progress: { path: 'progress', kind: 'mdx' },
};
