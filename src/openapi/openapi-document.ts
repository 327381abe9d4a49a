import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { addErrorAnswers } from './error-answers';
import { PROBLEM_SCHEMA, PROBLEM_SCHEMA_NAME } from './problem-schema';
import { addRequestExamples } from './request-examples';

/**
 * The API's OpenAPI document, built from the controllers' and DTOs' metadata: what /docs serves and what
 * `npm run api:generate` commits as src/web/api/openapi.json.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Quảng Ninh talent programme API')
      .setDescription('Registry, competitions and talent shortlists. Errors are application/problem+json.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA_NAME]: PROBLEM_SCHEMA },
  };
  addErrorAnswers(document);
  addRequestExamples(document);
  return withSortedKeys(document);
}

/** Paths and schemas by name, so the committed file changes only where the API does. */
function withSortedKeys(document: OpenAPIObject): OpenAPIObject {
  const sorted = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ...document,
    paths: sorted(document.paths),
    components: { ...document.components, schemas: sorted(document.components?.schemas ?? {}) },
  };
}
