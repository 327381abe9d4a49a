import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LocalitiesController } from './localities.controller';
import { LocalitiesRepository } from './localities.repository';
import { LocalitiesService } from './localities.service';

@Module({
  imports: [AuditModule],
  controllers: [LocalitiesController],
  providers: [LocalitiesService, LocalitiesRepository],
  exports: [LocalitiesService],
})
export class LocalitiesModule {}
