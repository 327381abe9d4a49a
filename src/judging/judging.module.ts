import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompetitionModule } from '../competition/competition.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { AdjustmentsController } from './adjustments.controller';
import { AdjustmentsService } from './adjustments.service';
import { JudgingRepository } from './judging.repository';
import { MyRoundsController } from './my-rounds.controller';
import { MyRoundsRepository } from './my-rounds.repository';
import { MyRoundsService } from './my-rounds.service';
import { PanelsController } from './panels.controller';
import { PanelsRepository } from './panels.repository';
import { PanelsService } from './panels.service';
import { RoundControlController } from './round-control.controller';
import { RoundControlService } from './round-control.service';
import { ScoreSheetsController } from './score-sheets.controller';
import { ScoreSheetsService } from './score-sheets.service';

/** Panels, judges' sheets and scores, deductions, flags, lock and corrections. */
@Module({
  imports: [CompetitionModule, AuditModule, IdempotencyModule],
  controllers: [
    MyRoundsController,
    PanelsController,
    ScoreSheetsController,
    RoundControlController,
    AdjustmentsController,
  ],
  providers: [
    PanelsService,
    PanelsRepository,
    ScoreSheetsService,
    JudgingRepository,
    RoundControlService,
    AdjustmentsService,
    MyRoundsRepository,
    MyRoundsService,
  ],
})
export class JudgingModule {}
