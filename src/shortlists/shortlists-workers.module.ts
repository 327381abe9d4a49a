import { Module } from '@nestjs/common';
import { ShortlistsModule } from './shortlists.module';
import { ShortlistsProcessor } from './shortlists.processor';

/** The shortlist jobs' processor: loaded only by processes that run workers. */
@Module({
  imports: [ShortlistsModule],
  providers: [ShortlistsProcessor],
})
export class ShortlistsWorkersModule {}
