import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionsModule } from '../auth/sessions/sessions.module';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { StaffAccountsService } from './staff-accounts.service';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule, SessionsModule],
  controllers: [UsersController],
  providers: [UsersService, StaffAccountsService, UsersRepository],
  exports: [UsersService, StaffAccountsService],
})
export class UsersModule {}
