import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** Authorisation for every feature: global, so each feature's service can ask it. */
@Global()
@Module({
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
