import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { QUEUE_OPTIONS, QueueName } from './job-registry';
import { Installation } from './installation.entity';
import { JobsService } from './jobs.service';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxRepository } from './outbox/outbox.repository';
import { Queues } from './queues';
import { redisConnectionOptions } from './redis-connection';

/** The producer side of the queues: every process has it; workers live in WorkersModule. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Fail fast while Redis is down: the outbox keeps the job meanwhile (docs/stack-notes.md).
        connection: { ...redisConnectionOptions(config), enableOfflineQueue: false },
        prefix: config.queuePrefix,
      }),
    }),
    BullModule.registerQueue(
      ...Object.values(QueueName).map((name) => ({ name, defaultJobOptions: QUEUE_OPTIONS[name] })),
    ),
    TypeOrmModule.forFeature([OutboxMessage, Installation]),
  ],
  providers: [JobsService, OutboxRepository, Queues],
  exports: [JobsService, OutboxRepository, Queues],
})
export class QueueModule {}
