import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompetitionModule } from '../competition/competition.module';
import { EventsModule } from '../events/events.module';
import { QueueModule } from '../queue/queue.module';
import { AdvancementService } from './advancement.service';
import { PublicBoard } from './public-board/public-board';
import {
  CategoryStandingController,
  PublicResultsController,
  RoundResultsController,
} from './results.controller';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';

/** Results: previews with breakdowns, publication and its snapshots, public results, advancement. */
@Module({
  imports: [CompetitionModule, AuditModule, EventsModule, QueueModule],
  controllers: [RoundResultsController, PublicResultsController, CategoryStandingController],
  providers: [ResultsService, AdvancementService, ResultsRepository, PublicBoard],
  // Progress reads a participant's published results.
  exports: [ResultsRepository, ResultsService, PublicBoard],
})
export class ResultsModule {}
