import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { ExportsModule } from './exports.module';
import { ExportsProcessor } from './exports.processor';

/** The export jobs' processor: loaded only by processes that run workers. */
@Module({
  imports: [ExportsModule, QueueModule],
  providers: [ExportsProcessor],
})
export class ExportsWorkersModule {}
