import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ExportsWorkersModule } from '../../exports/exports-workers.module';
import { ImportsWorkersModule } from '../../imports/imports-workers.module';
import { ShortlistsWorkersModule } from '../../shortlists/shortlists-workers.module';
import { OutboxRelay } from '../outbox/outbox-relay';
import { QueueModule } from '../queue.module';
import { MaintenanceProcessor } from './maintenance.processor';
import { QueueWorkers } from './queue-workers';

/**
 * Everything that consumes jobs: the outbox relay and one processor per queue. Imported only by processes
 * of role `all` or `worker`. A feature's processors live in its own `<feature>-workers.module.ts`, imported here.
 */
@Module({
  imports: [
    QueueModule,
    DiscoveryModule,
    ImportsWorkersModule,
    ShortlistsWorkersModule,
    ExportsWorkersModule,
  ],
  providers: [OutboxRelay, QueueWorkers, MaintenanceProcessor],
})
export class WorkersModule {}
