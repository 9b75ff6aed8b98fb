// The collections Astro loads: where each lives and how its files are named come from
// CONTENT_LAYOUT, the schemas from buildSchemas, both shared with the stand-alone content check.
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { explainYamlError } from './lib/content-yaml.ts';
import {
  COLLECTIONS,
  CONTENT_LAYOUT,
  type CollectionKey,
  type ReferenceFn,
} from './schemas/shared.ts';
import { buildSchemas } from './schemas/index.ts';

const schemas = buildSchemas(reference as unknown as ReferenceFn);

/**
 * A folder's loader as editors need it in `npm run dev`. A file whose YAML does not parse is
 * reported as the content check reports it (file:line:column and the fix in Chinese) instead
 * of the parser's English message. An empty folder (content/measures has no entries until a
 * source lists the measures) loads without warnings: Astro would warn that no files match,
 * then again on every getCollection() of a collection it never stored
 * (withastro/astro#15329), so a placeholder is stored and dropped to leave it present, empty.
 */
function forEditors(loader: Loader, folder: string): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.warn = (message) => {
        if (!message.startsWith('No files found matching')) context.logger.warn(message);
      };
      logger.error = (message) => {
        const file = /^Failed to reload (.+?): /.exec(message)?.[1];
        const path = file && `${folder}/${file}`;
        const url = path && new URL(path, context.config.root);
        const text = url && existsSync(url) && readFileSync(url, 'utf8');
        context.logger.error((path && text && explainYamlError(path, text)) || message);
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
  return forEditors(
    glob({
      base: `./content/${path}`,
      pattern: [`*.${kind === 'mdx' ? 'mdx' : 'yaml'}`, '!_*'],
      generateId: ({ data }) => String(data.id),
    }),
    `content/${path}`,
  );
}

export const collections = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c,
    defineCollection({ loader: loader(CONTENT_LAYOUT[c]), schema: schemas[c] }),
  ]),
) as { [C in CollectionKey]: { loader: Loader; schema: (typeof schemas)[C] } };
