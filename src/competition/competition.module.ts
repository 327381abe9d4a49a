import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CompetitionAccess } from './competition-access';
import { RoundMaterialsReader } from './round-materials';

/**
 * The contest's data model (`entities/`: events, categories, rounds, entries, panels, scores) and what events,
 * judging and results share: who reaches what, and what a round's results are computed from. It imports none of
 * them; they sit above it.
 */
@Module({
  imports: [AccessModule],
  providers: [CompetitionAccess, RoundMaterialsReader],
  exports: [CompetitionAccess, RoundMaterialsReader],
})
export class CompetitionModule {}
