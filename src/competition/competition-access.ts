import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { covers, isEmpty } from '../access/scope';
import { AppError } from '../common/errors/app-error';
import { Category } from './entities/category.entity';
import { Event } from './entities/event.entity';
import { Round } from './entities/round.entity';
import { JUDGING_ROLES, PanelMember } from './entities/panel-member.entity';

export interface EventContext {
  event: Event;
  /** The paths of the organising organisations: whoever reaches one of them reaches the event. */
  organisationPaths: string[];
  /** The caller runs the event (event.manage over one of its organisers). */
  manages: boolean;
}

export interface CategoryContext extends EventContext {
  category: Category;
}

export interface RoundContext extends CategoryContext {
  round: Round;
  /** The caller's place on the round's panel, if any. */
  panelMember: PanelMember | null;
}

/** read: see it; manage: run it (organisers); judge: score it (a judge on its panel); panel: judge, secretary or organiser. */
export type EventNeed = 'read' | 'manage';
export type RoundNeed = EventNeed | 'judge' | 'panel';

/** How a row is locked while a write reads it: `share` lets other writers of the same kind in, `update` does not. */
export type RowLock = 'share' | 'update';

/**
 * Who may do what with an event and everything inside it. Organisers reach the events one of whose organising
 * units lies in their scope; a judge or secretary reaches only the rounds whose panel lists them. Anything
 * out of reach answers 404, as if it did not exist.
 */
@Injectable()
export class CompetitionAccess {
  constructor(private readonly access: AccessService) {}

  async event(
    manager: EntityManager,
    actor: Actor,
    eventId: number,
    need: EventNeed,
    lock?: RowLock,
  ): Promise<EventContext> {
    const event = await manager.findOne(Event, { where: { id: eventId }, ...lockOption(lock) });
    if (!event) throw new AppError('not_found');
    const context = await this.eventContext(manager, actor, event);
    await this.require(manager, actor, context, need === 'manage');
    return context;
  }

  async category(
    manager: EntityManager,
    actor: Actor,
    categoryId: number,
    need: EventNeed,
    lock?: RowLock,
  ): Promise<CategoryContext> {
    const category = await manager.findOne(Category, { where: { id: categoryId }, ...lockOption(lock) });
    if (!category) throw new AppError('not_found');
    const event = await manager.findOneByOrFail(Event, { id: category.eventId });
    const context = await this.eventContext(manager, actor, event);
    const publishedRead =
      need === 'read' && this.readsPublished(actor) && (await this.hasPublishedRound(manager, categoryId));
    if (!publishedRead) await this.require(manager, actor, context, need === 'manage');
    return { ...context, category };
  }

  async round(
    manager: EntityManager,
    actor: Actor,
    roundId: number,
    need: RoundNeed,
    lock?: RowLock,
  ): Promise<RoundContext> {
    const { round, category, event } = await this.roundWithParents(manager, roundId, lock);
    const [context, panelMember] = await Promise.all([
      this.eventContext(manager, actor, event),
      manager.findOneBy(PanelMember, { roundId, userId: actor.userId }),
    ]);
    const readable =
      context.manages ||
      panelMember !== null ||
      this.reads(actor, context.organisationPaths) ||
      (round.publishedVersion > 0 && this.readsPublished(actor));
    if (!readable) throw new AppError('not_found');
    const judges = panelMember !== null && JUDGING_ROLES.includes(panelMember.role);
    const allowed =
      need === 'read' ||
      (need === 'manage' && context.manages) ||
      (need === 'judge' && judges) ||
      (need === 'panel' && (context.manages || panelMember !== null));
    if (!allowed) throw new AppError('forbidden');
    return { ...context, category, round, panelMember };
  }

  /**
   * The round with its category and event: one query when nothing is locked; with a lock, the round's row
   * alone is locked (a join would lock the category's and the event's rows too), then its parents are read.
   */
  private async roundWithParents(
    manager: EntityManager,
    roundId: number,
    lock?: RowLock,
  ): Promise<{ round: Round; category: Category; event: Event }> {
    if (lock) {
      const round = await manager.findOne(Round, { where: { id: roundId }, ...lockOption(lock) });
      if (!round) throw new AppError('not_found');
      const category = await manager.findOneByOrFail(Category, { id: round.categoryId });
      const event = await manager.findOneByOrFail(Event, { id: category.eventId });
      return { round, category, event };
    }
    const round = await manager
      .createQueryBuilder(Round, 'round')
      .innerJoinAndSelect('round.category', 'category')
      .innerJoinAndSelect('category.event', 'event')
      .where('round.id = :roundId', { roundId })
      .getOne();
    if (!round) throw new AppError('not_found');
    const category = round.category!;
    const event = category.event!;
    // The context holds each row once, as the three separate reads give them.
    delete round.category;
    delete category.event;
    return { round, category, event };
  }

  /** Palace staff read every published round province-wide, and nothing unpublished (result.read_published). */
  readsPublished(actor: Actor): boolean {
    return !isEmpty(this.access.scope(actor, 'result.read_published'));
  }

  private async hasPublishedRound(manager: EntityManager, categoryId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM rounds WHERE category_id = ? AND published_version > 0 LIMIT 1',
      [categoryId],
    );
    return rows.length > 0;
  }

  private async eventContext(manager: EntityManager, actor: Actor, event: Event): Promise<EventContext> {
    const rows = await manager.query<{ path: string }[]>(
      `SELECT o.path FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id
        WHERE eo.event_id = ? ORDER BY eo.position`,
      [event.id],
    );
    const organisationPaths = rows.map((row) => row.path);
    const manages = organisationPaths.some((path) => covers(this.access.scope(actor, 'event.manage'), path));
    return { event, organisationPaths, manages };
  }

  private reads(actor: Actor, paths: string[]): boolean {
    const scope = this.access.scope(actor, 'event.read');
    return paths.some((path) => covers(scope, path));
  }

  /** Event pages are for its organisers and readers, and for the judges and secretaries of its rounds. */
  private async require(
    manager: EntityManager,
    actor: Actor,
    context: EventContext,
    manage: boolean,
  ): Promise<void> {
    const visible =
      context.manages ||
      this.reads(actor, context.organisationPaths) ||
      (await this.sitsOnAPanel(manager, actor.userId, context.event.id));
    if (!visible) throw new AppError('not_found');
    if (manage && !context.manages) throw new AppError('forbidden');
  }

  private async sitsOnAPanel(manager: EntityManager, userId: number, eventId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM panel_members pm JOIN rounds r ON r.id = pm.round_id JOIN categories c ON c.id = r.category_id
        WHERE pm.user_id = ? AND c.event_id = ? LIMIT 1`,
      [userId, eventId],
    );
    return rows.length > 0;
  }
}

function lockOption(lock?: RowLock) {
  if (!lock) return {};
  return {
    lock: { mode: lock === 'share' ? ('pessimistic_read' as const) : ('pessimistic_write' as const) },
  };
}
