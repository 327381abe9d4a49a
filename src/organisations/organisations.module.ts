import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LocalitiesModule } from '../localities/localities.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [AuditModule, LocalitiesModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationsRepository],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
