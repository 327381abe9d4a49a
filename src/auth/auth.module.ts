import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AuthController, MeController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionsModule } from './sessions/sessions.module';
import { SignedInSessions } from './signed-in-sessions';

/** Sign-in, sessions and the guard every route passes through. */
@Module({
  imports: [UsersModule, SessionsModule, AuditModule],
  controllers: [AuthController, MeController],
  providers: [AuthService, LoginThrottle, SignedInSessions, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
