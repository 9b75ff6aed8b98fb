// Reads the zod schemas as data: each field's name, help text (`.describe()`),
// whether it is required, its allowed values and its own schema. The editor
// guide's field tables and the scaffolder's questions are both built from this,
// so neither restates what src/schemas/ says.
import { z } from 'astro/zod';
import { buildSchemas } from '../../schemas/index.ts';
import type { ReferenceFn } from '../../schemas/shared.ts';

type AnySchema = z.ZodType & {
  def: { type: string; innerType?: AnySchema; element?: AnySchema; defaultValue?: unknown };
  shape?: Record<string, AnySchema>;
  options?: readonly string[];
};

/** One field of an object schema. */
export interface FieldInfo {
  name: string;
  /** The field's `.describe()` text (Chinese help for editors). */
  help: string;
  /** Neither optional nor defaulted. */
  required: boolean;
  /** The field's schema as declared (with its optional/default wrapper). */
  schema: AnySchema;
  /** The schema inside optional/default wrappers: its `def.type` is the field's type. */
  inner: AnySchema;
  /** Allowed values, for enum fields. */
  values?: readonly string[];
  defaultValue?: unknown;
}

/** The schema inside optional and default wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
  const { type, innerType } = schema.def;
  return type === 'optional' || type === 'default' ? unwrap(innerType!) : schema;
}

/** The fields of an object schema, in schema order. */
export function fieldsOf(schema: z.ZodType): FieldInfo[] {
  const shape = unwrap(schema as AnySchema).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const inner = unwrap(field);
    return {
      name,
      help: field.description ?? inner.description ?? '',
      required: !field.safeParse(undefined).success,
      schema: field,
      inner,
      values: inner.def.type === 'enum' ? inner.options : undefined,
      defaultValue: field.def.type === 'default' ? field.def.defaultValue : undefined,
    };
  });
}

/** The schemas with references as plain ID strings: for reading fields, not for checking references. */
export const plainSchemas = buildSchemas((() => z.string()) as unknown as ReferenceFn);
