import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger as Pino } from 'pino';
import { AppModule } from '../app.module';
import { ProblemDetailsFilter } from '../common/errors/problem-details.filter';
import { AccessLogController } from '../common/logging/access-log';
import { PinoNestLogger } from '../common/logging/logger';
import { parseJsonBody } from '../common/validation/json-body-parser';
import { NormaliseTextPipe } from '../common/validation/normalise-text.pipe';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { AppConfig } from '../config/app-config';
import { createOpenApiDocument } from '../openapi/openapi-document';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api/v1';
/** The probes answer outside the versioned prefix. */
export const GLOBAL_PREFIX_EXCLUDES = ['health/live', 'health/ready'];
const REQUEST_ID_PATTERN = /^[\w.-]{1,64}$/;

/**
 * The HTTP application, initialised but not listening: main.ts listens, tests inject requests. Workers run
 * in it too unless PROCESS_ROLE=api.
 */
export async function createHttpApp(
  config: AppConfig,
  logger: Pino,
  extraImports: ModuleMetadata['imports'] = [],
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    // The client address of login throttling and the logs: the proxy's, unless proxies are trusted.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    logController: new AccessLogController(),
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, extraImports),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
      return503OnClosing: true,
    },
  );

  app.useBodyParser('application/json', { bodyLimit: config.bodyLimitBytes }, parseJsonBody);
  app.setGlobalPrefix(API_PREFIX, { exclude: GLOBAL_PREFIX_EXCLUDES });
  app.useGlobalPipes(new NormaliseTextPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
    });
  }

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  await app.register(helmet, {
    // Scripts only from the app's own origin (the web app's bundles, Swagger UI's); no inline scripts.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // A venue may serve the app over plain HTTP on its own network, where an upgrade to HTTPS would fail.
        upgradeInsecureRequests: null,
      },
    },
  });

  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
  await serveWebApp(app);

  await app.init();
  return app;
}
