import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import type { ReferenceFn } from './schemas/shared.ts';
import { sourceSchema } from './schemas/sources.ts';
import { tierSchema } from './schemas/tiers.ts';
import { planSchema } from './schemas/plan.ts';
import { industrySchema } from './schemas/industries.ts';
import { pillarSchema } from './schemas/pillars.ts';
import { aspectSchema } from './schemas/aspects.ts';
import { measureSchema } from './schemas/measures.ts';
import { programmeSchema } from './schemas/programmes.ts';
import { statementSchema } from './schemas/statements.ts';
import { targetSchema } from './schemas/targets.ts';
import { termSchema } from './schemas/terms.ts';
import { progressSchema } from './schemas/progress.ts';

const ref = reference as unknown as ReferenceFn;

/** Entries are keyed by the `id` in their frontmatter, so IDs are what URLs and references use. */
const entries = (dir: string, ext = 'mdx') =>
  glob({
    base: `./content/${dir}`,
    pattern: `[!_]*.${ext}`,
    generateId: ({ data }) => String(data.id),
  });

export const collections = {
  plan: defineCollection({
    loader: file('./content/plan.yaml', { parser: (text) => [parseYaml(text)] }),
    schema: planSchema(ref),
  }),
  sources: defineCollection({ loader: entries('sources', 'yaml'), schema: sourceSchema }),
  tiers: defineCollection({
    loader: file('./content/tiers.yaml', { parser: (text) => parseYaml(text) }),
    schema: tierSchema(ref),
  }),
  industries: defineCollection({ loader: entries('industries'), schema: industrySchema(ref) }),
  pillars: defineCollection({ loader: entries('pillars'), schema: pillarSchema(ref) }),
  aspects: defineCollection({ loader: entries('aspects'), schema: aspectSchema(ref) }),
  measures: defineCollection({ loader: entries('measures'), schema: measureSchema(ref) }),
  programmes: defineCollection({ loader: entries('programmes'), schema: programmeSchema(ref) }),
  statements: defineCollection({ loader: entries('statements'), schema: statementSchema(ref) }),
  targets: defineCollection({ loader: entries('targets'), schema: targetSchema(ref) }),
  terms: defineCollection({ loader: entries('terms'), schema: termSchema(ref) }),
  progress: defineCollection({ loader: entries('progress'), schema: progressSchema(ref) }),
};
