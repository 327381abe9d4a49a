import { Module } from '@nestjs/common';
import { CompetitionModule } from '../competition/competition.module';

/** Results: previews with breakdowns, publication and its snapshots, public results, advancement. */
@Module({
  imports: [CompetitionModule],
})
export class ResultsModule {}
