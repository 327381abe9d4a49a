import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { BoardGeneration } from '../generations/board-generation';
import { changedFields } from '../common/changed-fields';
import { AppError, invalidField } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf } from '../common/pagination';
import { CompetitionAccess } from '../competition/competition-access';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { CreateEventDto, EventQuery, EventView, TransitionDto, UpdateEventDto } from './dto/event.dto';
import { Event, EventState } from '../competition/entities/event.entity';
import { canTransition } from './event-states';
import { EventsRepository, existingIds } from './events.repository';

/**
 * Events and their life cycle. Organisers run the events of their units (any organising unit will do);
 * readers (palace staff, viewers) see them; judges see the events they judge in.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly competition: CompetitionAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly boardGeneration: BoardGeneration,
  ) {}

  async list(actor: Actor, query: EventQuery): Promise<Page<EventView>> {
    if (query.organisationId)
      await this.access.visibleOrganisationPath(actor, query.organisationId, 'organisation.read');
    const { items, total } = await this.events.list(
      this.access.scope(actor, 'event.read'),
      actor.userId,
      query,
    );
    return pageOf(items, total, query);
  }

  async get(actor: Actor, id: number): Promise<EventView> {
    const { event } = await this.competition.event(this.dataSource.manager, actor, id, 'read');
    return this.view(this.dataSource.manager, event);
  }

  /** The caller must run events at the lead organising unit; the other units need only exist. */
  async create(actor: Actor, input: CreateEventDto): Promise<EventView> {
    const [lead] = input.organisationIds;
    await this.access.visibleOrganisationPath(actor, lead, 'organisation.read', 'event.manage');
    checkDates(input.startDate, input.endDate);
    return inTransaction(this.dataSource, async (manager) => {
      await this.checkReferences(manager, input.organisationIds, input.localityId);
      const event = await manager.save(
        manager.create(Event, {
          name: input.name,
          kind: input.kind,
          level: input.level,
          venue: input.venue || null,
          localityId: input.localityId ?? null,
          startDate: input.startDate,
          endDate: input.endDate,
          description: input.description || null,
          state: 'draft',
        }),
      );
      await this.events.replaceOrganisations(manager, event.id, input.organisationIds);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'event',
        entityId: event.id,
        after: { ...event, organisationIds: input.organisationIds },
      });
      return this.view(manager, event);
    });
  }

  async update(actor: Actor, id: number, input: UpdateEventDto): Promise<EventView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { event } = await this.competition.event(manager, actor, id, 'manage', 'update');
      if (input.version !== undefined && input.version !== event.version) throw new AppError('conflict');
      if (event.state === 'archived') throw stateError(ARCHIVED);
      const { version: _version, organisationIds: named, ...fields } = input;
      const changes = changedFields<Event>(event, {
        ...fields,
        ...(fields.venue !== undefined ? { venue: fields.venue || null } : {}),
        ...(fields.description !== undefined ? { description: fields.description || null } : {}),
      });
      if (changes.kind !== undefined && event.state !== 'draft') throw stateError(KIND_FIXED);
      const datesChange = changes.startDate !== undefined || changes.endDate !== undefined;
      if (datesChange && !['draft', 'open'].includes(event.state)) throw stateError(DATES_FIXED);
      checkDates(changes.startDate ?? event.startDate, changes.endDate ?? event.endDate);
      const before = await this.events.organisationIds(manager, id);
      const organisationIds = named && (await this.keepingUnitsOutOfReach(manager, actor, before, named));
      const organisersChange =
        organisationIds !== undefined && organisationIds.join(',') !== before.join(',');
      if (organisersChange) await this.checkOrganisers(manager, actor, organisationIds);
      await this.checkReferences(manager, [], changes.localityId ?? undefined);
      if (Object.keys(changes).length > 0 || organisersChange) {
        await updateVersioned(manager, Event, id, event.version, changes);
        if (organisersChange) await this.events.replaceOrganisations(manager, id, organisationIds);
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'event',
          entityId: id,
          before: { ...event, organisationIds: before },
          after: { ...changes, ...(organisersChange ? { organisationIds } : {}) },
        });
        // Public boards name the event and its organisers.
        await this.boardGeneration.afterCommitForPeople(manager);
      }
      return this.view(manager, await manager.findOneByOrFail(Event, { id }));
    });
  }

  /** Moves the event along its life cycle, checking what each step needs. */
  async transition(actor: Actor, id: number, input: TransitionDto): Promise<EventView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { event } = await this.competition.event(manager, actor, id, 'manage', 'update');
      if (!canTransition(event.state, input.to)) {
        throw new AppError('invalid_state', {
          detail: {
            vi: `Không thể chuyển sự kiện từ trạng thái "${event.state}" sang "${input.to}".`,
            en: `The event cannot move from "${event.state}" to "${input.to}".`,
          },
          extensions: { from: event.state, to: input.to },
        });
      }
      await this.checkStep(manager, event, input.to);
      await updateVersioned(manager, Event, id, event.version, { state: input.to });
      await this.audit.record(manager, actor, {
        action: 'event.transition',
        entityType: 'event',
        entityId: id,
        before: { state: event.state },
        after: { state: input.to, reason: input.reason ?? null },
      });
      return this.view(manager, await manager.findOneByOrFail(Event, { id }));
    });
  }

  private async checkStep(manager: EntityManager, event: Event, to: EventState): Promise<void> {
    if (event.state === 'open' && to === 'draft' && (await this.events.countEntries(manager, event.id)) > 0) {
      throw stateError({
        vi: 'Sự kiện đã có bài dự thi nên không thể trở lại bản nháp.',
        en: 'The event has entries, so it cannot go back to draft.',
      });
    }
    if (event.state === 'judging' && to === 'open' && (await this.events.hasScores(manager, event.id))) {
      throw stateError({
        vi: 'Giám khảo đã chấm điểm nên không thể mở lại việc đăng ký.',
        en: 'Judges have entered scores, so entries cannot be reopened.',
      });
    }
    if (to === 'published') {
      const waiting = await this.events.roundsAwaitingPublication(manager, event.id);
      if (waiting.length > 0) {
        throw new AppError('not_ready', {
          params: { count: waiting.length },
          extensions: { blockers: waiting.map((round) => ({ kind: 'round_unpublished', ...round })) },
        });
      }
    }
  }

  /**
   * The organising units after an edit naming `named`: co-organisers that joined by accepting an invitation
   * and lie out of the caller's reach stay (only their own organisers or an admin could name them).
   */
  private async keepingUnitsOutOfReach(
    manager: EntityManager,
    actor: Actor,
    before: number[],
    named: number[],
  ): Promise<number[]> {
    const paths = await this.events.organisationPaths(manager, before);
    const scope = this.access.scope(actor, 'organisation.read');
    const kept = before.filter((id) => !named.includes(id) && !covers(scope, paths.get(id)!));
    return [...named, ...kept];
  }

  /** The new organising units exist and the caller still runs the event through one of them. */
  private async checkOrganisers(
    manager: EntityManager,
    actor: Actor,
    organisationIds: number[],
  ): Promise<void> {
    const paths = await this.events.organisationPaths(manager, organisationIds);
    const missing = organisationIds.findIndex((id) => !paths.has(id));
    if (missing >= 0) throw invalidField(`organisationIds.${missing}`, UNKNOWN_ORGANISATION);
    const scope = this.access.scope(actor, 'event.manage');
    if (![...paths.values()].some((path) => covers(scope, path))) {
      throw invalidField('organisationIds', {
        vi: 'phải gồm ít nhất một đơn vị mà bạn được quyền tổ chức sự kiện',
        en: 'must include a unit whose events you run',
      });
    }
  }

  private async checkReferences(
    manager: EntityManager,
    organisationIds: number[],
    localityId?: number,
  ): Promise<void> {
    const organisations = await existingIds(manager, 'organisations', organisationIds);
    const missing = organisationIds.findIndex((id) => !organisations.has(id));
    if (missing >= 0) throw invalidField(`organisationIds.${missing}`, UNKNOWN_ORGANISATION);
    if (
      localityId !== undefined &&
      !(await existingIds(manager, 'localities', [localityId])).has(localityId)
    ) {
      throw invalidField('localityId', { vi: 'không tồn tại', en: 'does not exist' });
    }
  }

  private async view(manager: EntityManager, event: Event): Promise<EventView> {
    const [view] = await this.events.views(manager, [event]);
    return view;
  }
}

function checkDates(startDate: string, endDate: string): void {
  if (endDate < startDate) {
    throw invalidField('endDate', {
      vi: 'không được trước ngày bắt đầu',
      en: 'must not be before startDate',
    });
  }
}

export function stateError(detail: LocalisedText): AppError {
  return new AppError('invalid_state', { detail });
}

export const ARCHIVED: LocalisedText = {
  vi: 'Sự kiện đã lưu trữ, không thể thay đổi.',
  en: 'The event is archived and can no longer change.',
};
const KIND_FIXED: LocalisedText = {
  vi: 'Chỉ đổi được loại sự kiện khi còn là bản nháp.',
  en: 'The kind of event can change only while it is a draft.',
};
const DATES_FIXED: LocalisedText = {
  vi: 'Không đổi được ngày khi đã bắt đầu chấm (tuổi được tính theo ngày khai mạc).',
  en: 'The dates cannot change once judging has started (ages are taken on the first day).',
};
const UNKNOWN_ORGANISATION: LocalisedText = { vi: 'đơn vị không tồn tại', en: 'no such organisation' };
