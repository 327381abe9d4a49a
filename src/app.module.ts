import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ClubsModule } from './clubs/clubs.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DisciplinesModule } from './disciplines/disciplines.module';
import { EventsModule } from './events/events.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { JudgingModule } from './judging/judging.module';
import { LocalitiesModule } from './localities/localities.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ParticipantsModule } from './participants/participants.module';
import { ProgressModule } from './progress/progress.module';
import { QueueViewModule } from './queue/admin/queue-view.module';
import { QueueModule } from './queue/queue.module';
import { ReportsModule } from './reports/reports.module';
import { GenerationsModule } from './generations/generations.module';
import { ResultsModule } from './results/results.module';
import { ShortlistsModule } from './shortlists/shortlists.module';
import { WorkersModule } from './queue/workers/workers.module';
import { UsersModule } from './users/users.module';

/** The modular monolith. Workers are part of it unless the process runs with PROCESS_ROLE=api. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, extraImports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        GenerationsModule,
        AccessModule,
        AuditModule,
        AuthModule,
        UsersModule,
        LocalitiesModule,
        OrganisationsModule,
        DisciplinesModule,
        ParticipantsModule,
        ImportsModule,
        ClubsModule,
        AssessmentsModule,
        ProgressModule,
        EventsModule,
        JudgingModule,
        ResultsModule,
        ShortlistsModule,
        QueueViewModule,
        ReportsModule,
        ExportsModule,
        HealthModule,
        ...(config.runsWorkers ? [WorkersModule] : []),
        ...extraImports,
      ],
    };
  }
}
