import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QueueName } from './job-registry';
import { ThrottledErrorLog } from './throttled-error-log';

/** The BullMQ queue (producer side) of each registered queue name. */
@Injectable()
export class Queues implements OnModuleInit {
  private readonly logger = new Logger(Queues.name);

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      this.get(name).on('error', new ThrottledErrorLog(this.logger, `Queue ${name}`).report);
    }
  }

  get(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
