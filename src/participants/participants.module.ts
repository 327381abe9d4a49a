import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DisciplinesModule } from '../disciplines/disciplines.module';
import { LocalitiesModule } from '../localities/localities.module';
import { ResultsModule } from '../results/results.module';
import { ParticipantsController } from './participants.controller';
import { ParticipantsRepository } from './participants.repository';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [AuditModule, LocalitiesModule, DisciplinesModule, ResultsModule],
  controllers: [ParticipantsController],
  providers: [ParticipantsService, ParticipantsRepository],
  exports: [ParticipantsService, ParticipantsRepository],
})
export class ParticipantsModule {}
