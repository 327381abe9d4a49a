import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { QueueModule } from './queue/queue.module';
import { WorkersModule } from './queue/workers/workers.module';

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
        AuditModule,
        HealthModule,
        ...(config.runsWorkers ? [WorkersModule] : []),
        ...extraImports,
      ],
    };
  }
}
