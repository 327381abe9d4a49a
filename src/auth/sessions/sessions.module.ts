import { Module } from '@nestjs/common';
import { Tokens } from '../tokens';
import { SessionsService } from './sessions.service';

/** Sessions and tokens, shared by sign-in (auth) and by account changes that must end sessions (users). */
@Module({
  providers: [SessionsService, Tokens],
  exports: [SessionsService, Tokens],
})
export class SessionsModule {}
