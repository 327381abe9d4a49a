import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { CompetitionModule } from '../competition/competition.module';
import { QueueModule } from '../queue/queue.module';
import { ReportsModule } from '../reports/reports.module';
import { ResultsModule } from '../results/results.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { ExportBuilders } from './export-builders';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';

@Module({
  imports: [
    AccessModule,
    AuditModule,
    CompetitionModule,
    QueueModule,
    ReportsModule,
    ResultsModule,
    ShortlistsModule,
  ],
  controllers: [ExportsController],
  providers: [ExportsService, ExportsRepository, ExportBuilders],
  exports: [ExportsService],
})
export class ExportsModule {}
