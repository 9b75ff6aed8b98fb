// The one place that reads the content collections for pages. Everything it
// derives goes through pure functions in src/lib, which have unit tests.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { groupIndustriesByTier, projectCode } from '../lib/group.ts';
import { KINDS, entryPath, sortById, type EntryKind } from '../lib/kinds.ts';
import { incomingLinks } from '../lib/links.ts';
import { restsOnFlaggedFact } from '../lib/citation.ts';
import { MIRROR_FLAG } from '../lib/labels.ts';

export type Industry = CollectionEntry<'industries'>;

/** Loads every collection, sorted in plan order, with the derived groupings pages need. */
async function loadPlan() {
  const kinds = Object.keys(KINDS) as EntryKind[];
  const [planEntry, tiers, ...lists] = await Promise.all([
    getEntry('plan', 'plan'),
    getCollection('tiers'),
    ...kinds.map((kind) => getCollection(kind)),
  ]);
  const byKind = Object.fromEntries(kinds.map((kind, i) => [kind, sortById(lists[i])])) as {
    [K in EntryKind]: CollectionEntry<K>[];
  };
  const { sources, industries } = byKind;
  if (!planEntry) throw new Error('content/plan.yaml is missing');
  const tierGroups = groupIndustriesByTier(
    tiers.map((t) => t.data),
    industries,
  );
  const sourceFacts = sources.map((s) => s.data);
  const all = kinds.flatMap((kind) =>
    byKind[kind].map((e) => ({
      kind,
      id: e.id,
      title: e.data.title,
      summary: 'summary' in e.data ? e.data.summary : e.data.notes,
      href: entryPath(kind, e.id),
      label: KINDS[kind].label,
      updated: 'updated' in e.data ? e.data.updated : undefined,
      data: e.data,
      // The ⚠ its summary carries when the fact it rests on was found only on mirrors.
      flag: restsOnFlaggedFact('sources' in e.data ? e.data.sources : [{ source: e }], sourceFacts)
        ? MIRROR_FLAG
        : undefined,
    })),
  );
  return {
    all,
    index: new Map(all.map((e) => [e.id, e])),
    ...incomingLinks(all),
    plan: planEntry.data,
    ...byKind,
    // Sources: the primary ones first.
    sources: [...sources].sort(
      (a, b) => Number(b.data.primary) - Number(a.data.primary) || a.id.localeCompare(b.id),
    ),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    tiers: tierGroups,
    code: projectCode(tierGroups),
  };
}

export type PlanData = Awaited<ReturnType<typeof loadPlan>>;

let cached: Promise<PlanData> | undefined;
/** The collections as loadPlan gives them, loaded once per build. */
export const getPlan = () => (cached ??= loadPlan());
