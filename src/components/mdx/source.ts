// The source an MDX component names (<Quote>, <Fact>, <Figure>): a missing or
// unknown ID fails the build, listing the valid IDs.
import { getCollection, getEntry } from 'astro:content';
import { unknownIdMessage } from '../../lib/content-errors.ts';

/** The data of source `id`, or a build error naming the component and page. */
export async function requireSource(component: string, id: string | undefined, pathname: string) {
  const entry = id ? await getEntry('sources', id) : undefined;
  if (entry) return entry.data;
  const valid = (await getCollection('sources')).map((s) => s.id).sort();
  throw new Error(unknownIdMessage(component, 'source', id, valid, pathname));
}
