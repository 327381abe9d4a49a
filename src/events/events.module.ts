import { Module } from '@nestjs/common';
import { CompetitionModule } from '../competition/competition.module';

/** Events, their categories, rounds and entries. */
@Module({
  imports: [CompetitionModule],
})
export class EventsModule {}
