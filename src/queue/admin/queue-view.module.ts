import { Module } from '@nestjs/common';
import { QueueModule } from '../queue.module';
import { QueueViewController } from './queue-view.controller';
import { QueueViewService } from './queue-view.service';

/** The administrators' view of the queues. */
@Module({
  imports: [QueueModule],
  controllers: [QueueViewController],
  providers: [QueueViewService],
})
export class QueueViewModule {}
