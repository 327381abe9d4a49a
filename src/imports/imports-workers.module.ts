import { Module } from '@nestjs/common';
import { ImportsModule } from './imports.module';
import { ImportsProcessor } from './imports.processor';

/** The import job's processor: loaded only by processes that run workers. */
@Module({
  imports: [ImportsModule],
  providers: [ImportsProcessor],
})
export class ImportsWorkersModule {}
