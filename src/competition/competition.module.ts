import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CompetitionAccess } from './competition-access';
import { RoundMaterialsReader } from './round-materials';

/** What events, judging and results share: who reaches what, and what a round's results are computed from. */
@Module({
  imports: [AccessModule],
  providers: [CompetitionAccess, RoundMaterialsReader],
  exports: [CompetitionAccess, RoundMaterialsReader],
})
export class CompetitionModule {}
