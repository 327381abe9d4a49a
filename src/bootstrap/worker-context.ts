import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as Pino } from 'pino';
import { AppModule } from '../app.module';
import { PinoNestLogger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';

/** A worker-only process (PROCESS_ROLE=worker): the application without HTTP. */
export async function createWorkerContext(config: AppConfig, logger: Pino): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  context.enableShutdownHooks();
  await context.init();
  return context;
}
