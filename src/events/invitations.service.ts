import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { BoardGeneration } from '../generations/board-generation';
import { AppError } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf } from '../common/pagination';
import { CompetitionAccess } from '../competition/competition-access';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { InvitableUnitView, InvitationQuery, InvitationView } from './dto/invitation.dto';
import { EventInvitation } from '../competition/entities/event-invitation.entity';
import { EventsRepository } from './events.repository';
import { InvitationsRepository } from './invitations.repository';
import { todayInVietnam } from '../participants/participant-rules';

/** How many units a name search offers: the organiser types more of the name to find another. */
const INVITABLE_SHOWN = 10;

/**
 * Cross-unit events by consent: an event's organisers invite a unit, and it co-organises the event only once
 * one of its organisers (or an admin) accepts. Naming a unit out of reach as an organiser is refused (404).
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly events: EventsRepository,
    private readonly competition: CompetitionAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly boardGeneration: BoardGeneration,
  ) {}

  async invite(actor: Actor, eventId: number, organisationId: number): Promise<InvitationView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { event } = await this.competition.event(manager, actor, eventId, 'manage', 'update');
      if (event.state === 'archived') throw stateError(ARCHIVED);
      if ((await this.events.organisationIds(manager, eventId)).includes(organisationId))
        throw stateError(ALREADY_ORGANISER);
      const earlier = await this.invitations.findForEvent(manager, eventId, organisationId);
      if (earlier?.state === 'pending') throw stateError(ALREADY_INVITED);
      let id: number;
      if (earlier) {
        // Declined before: asking again reopens the same invitation, so the history stays in the audit log.
        await updateVersioned(manager, EventInvitation, earlier.id, earlier.version, {
          state: 'pending',
          invitedBy: actor.userId,
          decidedBy: null,
          decidedAt: null,
        });
        id = earlier.id;
      } else {
        id = (await manager.insert(EventInvitation, { eventId, organisationId, invitedBy: actor.userId }))
          .identifiers[0].id as number;
      }
      await this.audit.record(manager, actor, {
        action: 'event.invite',
        entityType: 'event_invitation',
        entityId: id,
        before: earlier ? { state: earlier.state } : undefined,
        after: { eventId, organisationId, state: 'pending' },
      });
      return this.invitations.view(manager, id);
    });
  }

  /** Units the event may invite, found by name, for those who run the event. */
  async invitable(actor: Actor, eventId: number, q: string): Promise<InvitableUnitView[]> {
    const manager = this.dataSource.manager;
    await this.competition.event(manager, actor, eventId, 'manage');
    return this.invitations.invitable(manager, eventId, q, todayInVietnam(), INVITABLE_SHOWN);
  }

  /** The invitations an event has sent and how each was answered, for those who run the event. */
  async ofEvent(actor: Actor, eventId: number): Promise<InvitationView[]> {
    const manager = this.dataSource.manager;
    await this.competition.event(manager, actor, eventId, 'manage');
    return this.invitations.ofEvent(manager, eventId);
  }

  /** Invitations addressed to the units whose events the caller runs. */
  async list(actor: Actor, query: InvitationQuery): Promise<Page<InvitationView>> {
    this.access.requireSomewhere(actor, 'event.manage');
    const { items, total } = await this.invitations.list(
      this.dataSource.manager,
      this.access.scope(actor, 'event.manage'),
      query.state,
      query,
    );
    return pageOf(items, total, query);
  }

  /** The invited unit's organisers accept (the unit joins the event's organisers) or decline. */
  async decide(actor: Actor, id: number, accept: boolean): Promise<InvitationView> {
    return inTransaction(this.dataSource, async (manager) => {
      const found = await this.invitations.locked(manager, id);
      if (!found) throw new AppError('not_found');
      // Only the invited unit decides: out of its organisers' reach, the invitation does not exist.
      this.access.authorize(actor, found.path, 'event.manage');
      const { invitation } = found;
      if (invitation.state !== 'pending') throw stateError(DECIDED);
      const decidedAt = new Date();
      const state = accept ? 'accepted' : 'declined';
      await updateVersioned(manager, EventInvitation, id, invitation.version, {
        state,
        decidedBy: actor.userId,
        decidedAt,
      });
      if (accept) {
        await this.invitations.addOrganiser(manager, invitation.eventId, invitation.organisationId);
        // Public boards name the event's organisers.
        await this.boardGeneration.afterCommitForPeople(manager);
      }
      await this.audit.record(manager, actor, {
        action: accept ? 'event.invitation.accept' : 'event.invitation.decline',
        entityType: 'event_invitation',
        entityId: id,
        before: { state: invitation.state },
        after: { state, eventId: invitation.eventId, organisationId: invitation.organisationId },
      });
      return this.invitations.view(manager, id);
    });
  }
}

function stateError(detail: LocalisedText): AppError {
  return new AppError('invalid_state', { detail });
}

const ARCHIVED: LocalisedText = {
  vi: 'Sự kiện đã lưu trữ nên không mời thêm đơn vị.',
  en: 'The event is archived, so no unit can be invited.',
};
const ALREADY_ORGANISER: LocalisedText = {
  vi: 'Đơn vị này đã là đơn vị tổ chức sự kiện.',
  en: 'This unit already runs the event.',
};
const ALREADY_INVITED: LocalisedText = {
  vi: 'Đơn vị này đã được mời và chưa trả lời.',
  en: 'This unit has been invited and has not answered yet.',
};
const DECIDED: LocalisedText = {
  vi: 'Lời mời đã được trả lời.',
  en: 'The invitation has already been answered.',
};
