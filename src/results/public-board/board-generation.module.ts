import { Global, Module } from '@nestjs/common';
import { BoardGeneration } from './board-generation';

/**
 * The public boards' consent generation, global because the changes that bump it live in several modules
 * (participants, consents, imports, organisations).
 */
@Global()
@Module({ providers: [BoardGeneration], exports: [BoardGeneration] })
export class BoardGenerationModule {}
