// Reads the zod schemas as data, so that neither the editor guide's field tables
// nor the scaffolder's questions restate what src/schemas/ says.
import { z } from 'astro/zod';
import { buildSchemas } from '../../schemas/index.ts';
import type { ReferenceFn } from '../../schemas/shared.ts';

/** The schema inside optional and default wrappers: its `type` is the field's type. */
export function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;
}

/** The fields of an object schema, in schema order; `required` means neither optional nor defaulted. */
export function fieldsOf(schema: z.ZodType) {
  const object = unwrap(schema);
  const shape: Record<string, z.ZodType> = object instanceof z.ZodObject ? object.shape : {};
  return Object.entries(shape).map(([name, field]) => {
    const inner = unwrap(field);
    const empty = field.safeParse(undefined);
    return {
      name,
      help: field.description ?? inner.description ?? '',
      required: !empty.success,
      defaultValue: empty.data,
      schema: field,
      inner,
      values: inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined,
    };
  });
}

export type FieldInfo = ReturnType<typeof fieldsOf>[number];

/** The schemas with references as plain ID strings: for reading fields, not for checking references. */
export const plainSchemas = buildSchemas((() => z.string()) as unknown as ReferenceFn);
