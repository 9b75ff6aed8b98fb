// The editor guide's field tables list exactly each schema's fields with their
// descriptions. The expectation comes from zod's own JSON Schema export, not
// from the walker the guide uses, so a field added to a schema must show up.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildSchemas } from '../../src/schemas/index.ts';
import { COLLECTIONS } from '../../src/schemas/shared.ts';
import { page, visibleText } from './dist.ts';

const schemas = buildSchemas(() => z.string() as never);
const guide = page('/guide/');

describe('the guide field tables', () => {
  for (const collection of COLLECTIONS) {
    it(`${collection}: every field, required or not, with its description`, () => {
      const json = z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' });
      const properties = json.properties as Record<string, { description?: string }>;
      const required = new Set(json.required ?? []);
      const rows = guide.doc
        .querySelectorAll(`#fields-${collection} tbody tr`)
        .map((tr) => tr.querySelectorAll('td').map((td) => visibleText(td)));
      expect(rows.map(([name]) => name)).toEqual(Object.keys(properties));
      for (const [name, requiredText, help] of rows) {
        expect(
          properties[name].description,
          `${collection}.${name} needs .describe()`,
        ).toBeTruthy();
        expect(help.startsWith(properties[name].description!)).toBe(true);
        expect(requiredText).toBe(required.has(name) ? '必填' : '可选');
      }
    });
  }
});
