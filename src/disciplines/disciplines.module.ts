import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DisciplinesController } from './disciplines.controller';
import { DisciplinesRepository } from './disciplines.repository';
import { DisciplinesService } from './disciplines.service';

@Module({
  imports: [AuditModule],
  controllers: [DisciplinesController],
  providers: [DisciplinesService, DisciplinesRepository],
  exports: [DisciplinesService, DisciplinesRepository],
})
export class DisciplinesModule {}
