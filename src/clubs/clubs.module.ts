import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DisciplinesModule } from '../disciplines/disciplines.module';
import { LocalitiesModule } from '../localities/localities.module';
import { ParticipantsModule } from '../participants/participants.module';
import { ClubsController, SessionsController } from './clubs.controller';
import { ClubsRepository } from './clubs.repository';
import { ClubsService } from './clubs.service';

@Module({
  imports: [AuditModule, DisciplinesModule, LocalitiesModule, ParticipantsModule],
  controllers: [ClubsController, SessionsController],
  providers: [ClubsService, ClubsRepository],
  exports: [ClubsService, ClubsRepository],
})
export class ClubsModule {}
