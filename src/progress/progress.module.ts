import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { ClubsModule } from '../clubs/clubs.module';
import { ParticipantsModule } from '../participants/participants.module';
import { ResultsModule } from '../results/results.module';
import { ProgressController, TraineesController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({
  imports: [ParticipantsModule, ClubsModule, AssessmentsModule, ResultsModule],
  controllers: [ProgressController, TraineesController],
  providers: [ProgressService],
})
export class ProgressModule {}
