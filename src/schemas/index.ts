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
