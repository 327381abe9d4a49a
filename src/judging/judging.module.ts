import { Module } from '@nestjs/common';
import { CompetitionModule } from '../competition/competition.module';

/** Panels, judges' sheets and scores, deductions, flags, lock and corrections. */
@Module({
  imports: [CompetitionModule],
})
export class JudgingModule {}
