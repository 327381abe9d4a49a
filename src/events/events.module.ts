import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompetitionModule } from '../competition/competition.module';
import { CategoriesController } from './categories.controller';
import { CategoriesRepository } from './categories.repository';
import { CategoriesService } from './categories.service';
import { EntriesController } from './entries.controller';
import { EntriesRepository } from './entries.repository';
import { EntriesService } from './entries.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';

/** Events, their categories, rounds (and their rules) and entries; invitations to co-organise them. */
@Module({
  imports: [AuditModule, CompetitionModule],
  controllers: [
    EventsController,
    CategoriesController,
    RoundsController,
    EntriesController,
    InvitationsController,
  ],
  providers: [
    EventsService,
    EventsRepository,
    CategoriesService,
    CategoriesRepository,
    RoundsService,
    EntriesService,
    EntriesRepository,
    InvitationsService,
    InvitationsRepository,
  ],
  // Advancement registers entries in a next-level event the way a registration does.
  exports: [EntriesRepository],
})
export class EventsModule {}
