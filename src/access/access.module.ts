import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessService } from './access.service';
import { ReferencesInterceptor } from './references.interceptor';
import { ReferencesRepository } from './references.repository';
import { ReferencesService } from './references.service';

/**
 * Authorisation for every feature: global, so each feature's service can ask it. Every id a body or query
 * names is checked against the caller's reach before the handler runs (ReferencesInterceptor).
 */
@Global()
@Module({
  providers: [
    AccessService,
    ReferencesRepository,
    ReferencesService,
    { provide: APP_INTERCEPTOR, useClass: ReferencesInterceptor },
  ],
  exports: [AccessService],
})
export class AccessModule {}
