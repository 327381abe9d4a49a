import type { OpenAPIObject, ReferenceObject, RequestBodyObject, SchemaObject } from '@nestjs/swagger';

type Schema = SchemaObject | ReferenceObject;

const METHODS = ['post', 'put', 'patch', 'delete'] as const;

/**
 * An example for every JSON request body, built from its schema: each property's own example (or default,
 * or first allowed value), required properties always, optional ones when they carry an example.
 */
export function addRequestExamples(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema): SchemaObject =>
    '$ref' in schema ? resolve(schemas[schema.$ref.split('/').pop()!]) : schema;

  const exampleOf = (schema: Schema, depth: number): unknown => {
    const resolved = resolve(schema);
    if (resolved.example !== undefined) return resolved.example;
    if (resolved.default !== undefined) return resolved.default;
    if (resolved.enum?.length) return resolved.enum[0];
    if (resolved.allOf?.length) return exampleOf(resolved.allOf[0], depth);
    if (resolved.oneOf?.length) return exampleOf(resolved.oneOf[0], depth);
    switch (resolved.type) {
      case 'array':
        return resolved.items && depth < 4 ? [exampleOf(resolved.items, depth + 1)] : [];
      case 'integer':
      case 'number':
        return resolved.minimum ?? 1;
      case 'boolean':
        return true;
      case 'string':
        if (resolved.format === 'binary') return '(the file)';
        return resolved.format === 'date'
          ? '2026-06-01'
          : resolved.format === 'date-time'
            ? '2026-06-01T08:00:00.000Z'
            : 'text';
      default: {
        if (!resolved.properties || depth >= 4) return {};
        const required = new Set(resolved.required ?? []);
        const example: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(resolved.properties)) {
          if (required.has(name) || hasOwnExample(resolve(property))) {
            example[name] = exampleOf(property, depth + 1);
          }
        }
        return example;
      }
    }
  };

  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const body = item[method]?.requestBody as RequestBodyObject | undefined;
      for (const media of Object.values(body?.content ?? {})) {
        if (!media.schema || media.example !== undefined || media.examples !== undefined) continue;
        media.example = exampleOf(media.schema, 0);
      }
    }
  }
}

function hasOwnExample(schema: SchemaObject): boolean {
  return schema.example !== undefined || (schema.type === 'array' && schema.items !== undefined);
}
