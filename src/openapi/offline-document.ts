import { ConsoleLogger, Logger, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { API_PREFIX, GLOBAL_PREFIX_EXCLUDES } from '../bootstrap/http-app';
import { loadConfig } from '../config/app-config';
import { createOpenApiDocument } from './openapi-document';

/** Keeps the warnings Nest logs while the document is built (a duplicate schema name is one). */
class WarningCollector extends ConsoleLogger {
  readonly warnings: string[] = [];
  override warn(message: unknown): void {
    this.warnings.push(String(message));
  }
  override log(): void {}
}

/**
 * The document without a database or Redis: the application in Nest's preview mode reads the modules'
 * metadata but instantiates no provider, so nothing connects.
 */
export async function buildOfflineDocument(
  extraImports: ModuleMetadata['imports'] = [],
): Promise<{ document: OpenAPIObject; warnings: string[] }> {
  const collector = new WarningCollector();
  Logger.overrideLogger(collector);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(loadConfig({ PROCESS_ROLE: 'api' }), extraImports),
    new FastifyAdapter(),
    { preview: true, logger: collector, abortOnError: false },
  );
  try {
    app.setGlobalPrefix(API_PREFIX, { exclude: GLOBAL_PREFIX_EXCLUDES });
    const document = createOpenApiDocument(app);
    return {
      document,
      warnings: collector.warnings.filter((warning) => !/PREVIEW|instantiated|^-+$/.test(warning)),
    };
  } finally {
    await app.close();
  }
}

/** Nest's warnings that two DTO classes share a name, so one schema would stand for both. */
export function duplicateSchemaWarnings(warnings: string[]): string[] {
  return warnings.filter((warning) => warning.includes('Duplicate DTO'));
}
