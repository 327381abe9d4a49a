import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClubsModule } from '../clubs/clubs.module';
import { ParticipantsModule } from '../participants/participants.module';
import { QueueModule } from '../queue/queue.module';
import { EvidenceRepository } from './evidence.repository';
import { FosteringController } from './fostering.controller';
import { FosteringService } from './fostering.service';
import { ShortlistBuildService } from './shortlist-build.service';
import { ShortlistsController } from './shortlists.controller';
import { ShortlistsRepository } from './shortlists.repository';
import { ShortlistsService } from './shortlists.service';

@Module({
  imports: [AuditModule, ClubsModule, ParticipantsModule, QueueModule],
  controllers: [ShortlistsController, FosteringController],
  providers: [
    ShortlistsService,
    ShortlistBuildService,
    ShortlistsRepository,
    EvidenceRepository,
    FosteringService,
  ],
  exports: [ShortlistBuildService, ShortlistsRepository, ShortlistsService],
})
export class ShortlistsModule {}
