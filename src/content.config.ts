// The collections Astro loads: where each lives and how its files are named come from
// CONTENT_LAYOUT, the schemas from buildSchemas, both shared with the stand-alone content check.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionKey, type ReferenceFn } from './schemas/shared.ts';
import { CONTENT_LAYOUT, buildSchemas } from './schemas/index.ts';

const schemas = buildSchemas(reference as unknown as ReferenceFn);

/** A YAML file is one entry or a list of them; a folder holds one file per entry, keyed by the `id` in it. */
function loader({ path, kind }: (typeof CONTENT_LAYOUT)[CollectionKey]) {
  if (kind === 'yaml-one' || kind === 'yaml-list')
    return file(`./content/${path}`, {
      parser: (text) => (kind === 'yaml-one' ? [parseYaml(text)] : parseYaml(text)),
    });
  return glob({
    base: `./content/${path}`,
    pattern: `[!_]*.${kind === 'mdx' ? 'mdx' : 'yaml'}`,
    generateId: ({ data }) => String(data.id),
  });
}

export const collections = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c,
    defineCollection({ loader: loader(CONTENT_LAYOUT[c]), schema: schemas[c] }),
  ]),
) as { [C in CollectionKey]: { loader: ReturnType<typeof loader>; schema: (typeof schemas)[C] } };
