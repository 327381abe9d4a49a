import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DisciplinesModule } from '../disciplines/disciplines.module';
import { ParticipantsModule } from '../participants/participants.module';
import { QueueModule } from '../queue/queue.module';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

@Module({
  imports: [AuditModule, DisciplinesModule, ParticipantsModule, QueueModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsRepository],
  exports: [ImportsService],
})
export class ImportsModule {}
