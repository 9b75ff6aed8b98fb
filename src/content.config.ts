// The collections Astro loads: where each lives and how its files are named come from
// CONTENT_LAYOUT, the schemas from buildSchemas, both shared with the stand-alone content check.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionKey, type ReferenceFn } from './schemas/shared.ts';
import { CONTENT_LAYOUT, buildSchemas } from './schemas/index.ts';

const schemas = buildSchemas(reference as unknown as ReferenceFn);

/**
 * A folder's loader that accepts being empty (content/measures has no entries until a source
 * lists the measures): Astro would warn that no files match, then warn again on every
 * getCollection() of a collection it never stored (withastro/astro#15329). Storing and dropping
 * a placeholder leaves the collection present and empty, so neither warning is printed.
 */
function allowEmpty(loader: Loader): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.warn = (message) => {
        if (!message.startsWith('No files found matching')) context.logger.warn(message);
      };
      await loader.load({ ...context, logger });
      if (context.store.keys().length > 0) return;
      context.store.set({ id: 'placeholder', data: {} });
      context.store.delete('placeholder');
    },
  };
}

/**
 * A YAML file is one entry or a list of them; a folder holds one file per entry, keyed by the
 * `id` in it. Notes start with `_` and are left out with a negated pattern: Astro's dev watcher
 * tests changed files with picomatch, which reads `[!_]*` differently from the initial scan and
 * matched no entry file, so edits and new files never reached the preview.
 */
function loader({ path, kind }: (typeof CONTENT_LAYOUT)[CollectionKey]): Loader {
  if (kind === 'yaml-one' || kind === 'yaml-list')
    return file(`./content/${path}`, {
      parser: (text) => (kind === 'yaml-one' ? [parseYaml(text)] : parseYaml(text)),
    });
  return allowEmpty(
    glob({
      base: `./content/${path}`,
      pattern: [`*.${kind === 'mdx' ? 'mdx' : 'yaml'}`, '!_*'],
      generateId: ({ data }) => String(data.id),
    }),
  );
}

export const collections = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c,
    defineCollection({ loader: loader(CONTENT_LAYOUT[c]), schema: schemas[c] }),
  ]),
) as { [C in CollectionKey]: { loader: Loader; schema: (typeof schemas)[C] } };
