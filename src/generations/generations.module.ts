import { Global, Module } from '@nestjs/common';
import { AccessGeneration } from './access-generation';
import { BoardGeneration } from './board-generation';
import { Generations } from './generations';

/**
 * Cache generations shared by every process through Redis. Global, because the changes that bump them live
 * in many modules (participants, consents, imports, organisations, users, sessions, results).
 */
@Global()
@Module({
  providers: [Generations, BoardGeneration, AccessGeneration],
  exports: [BoardGeneration, AccessGeneration],
})
export class GenerationsModule {}
