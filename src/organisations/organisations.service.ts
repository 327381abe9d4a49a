import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AccessGeneration } from '../generations/access-generation';
import { BoardGeneration } from '../generations/board-generation';
import { AppError, invalidField } from '../common/errors/app-error';
import { changedFields } from '../common/changed-fields';
import { Page, pageOf } from '../common/pagination';
import { inTransaction } from '../database/transaction';
import { checkPeriod } from '../common/validation/period';
import { todayInVietnam } from '../common/vietnam-date';
import { updateVersioned } from '../database/versioned-update';
import { LocalitiesService } from '../localities/localities.service';
import {
  CreateOrganisationDto,
  OrganisationQuery,
  OrganisationView,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { Organisation, ORGANISATION_LEVELS, OrganisationLevel } from './entities/organisation.entity';
import { OrganisationsRepository, toView } from './organisations.repository';

/**
 * The organisation tree. Admins manage all of it; organisers manage their own subtree (not its root's place
 * in the tree); every role reads the subtree it was granted at.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly localities: LocalitiesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly boardGeneration: BoardGeneration,
    private readonly accessGeneration: AccessGeneration,
  ) {}

  async list(actor: Actor, query: OrganisationQuery): Promise<Page<OrganisationView>> {
    this.access.requireSomewhere(actor, 'organisation.read');
    if (query.parentId) await this.access.visibleOrganisationPath(actor, query.parentId, 'organisation.read');
    const { items, total } = await this.organisations.list(
      this.access.scope(actor, 'organisation.read'),
      query,
    );
    return pageOf(items, total, query);
  }

  async get(actor: Actor, id: number): Promise<OrganisationView> {
    return toView(await this.authorized(this.dataSource.manager, actor, id, 'organisation.read'));
  }

  async create(actor: Actor, input: CreateOrganisationDto): Promise<OrganisationView> {
    this.access.requireSomewhere(actor, 'organisation.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const parent = input.parentId
        ? await this.authorized(manager, actor, input.parentId, 'organisation.manage')
        : null;
      if (!parent) this.access.requireEverywhere(actor, 'organisation.manage');
      checkPeriod(input.validFrom, input.validTo);
      await this.localities.requireInForce(
        manager,
        input.localityId,
        input.validFrom ?? todayInVietnam(),
        'localityId',
      );
      if (parent) checkLevelUnder(input.level, parent.level);
      const organisation = await this.organisations.insert(
        manager,
        {
          name: input.name,
          kind: input.kind,
          level: input.level,
          localityId: input.localityId,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
        },
        parent,
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'organisation',
        entityId: organisation.id,
        after: snapshot(organisation),
      });
      return toView(organisation);
    });
  }

  async update(actor: Actor, id: number, input: UpdateOrganisationDto): Promise<OrganisationView> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.authorized(manager, actor, id, 'organisation.manage', true);
      if (input.version !== undefined && input.version !== current.version) throw new AppError('conflict');
      const parent = await this.newParent(manager, actor, current, input.parentId);
      const { version: _version, parentId: _parentId, ...fields } = input;
      const changes = changedFields<Organisation>(current, {
        ...fields,
        ...(parent !== undefined && { parentId: parent?.id ?? null }),
      });
      if (Object.keys(changes).length === 0) return toView(current);
      const next = { ...current, ...changes };
      checkPeriod(next.validFrom, next.validTo);
      if (changes.localityId !== undefined)
        await this.localities.requireInForce(
          manager,
          changes.localityId,
          next.validFrom ?? todayInVietnam(),
          'localityId',
        );
      const parentLevel =
        parent === undefined ? await this.levelOf(manager, current.parentId) : parent?.level;
      if (parentLevel) checkLevelUnder(next.level, parentLevel);

      await updateVersioned(manager, Organisation, id, current.version, changes);
      // Signed-in sessions carry their roles' organisations (names, places in the tree).
      await this.accessGeneration.afterCommitForEveryone(manager);
      // Public boards name the event's organisers as they are called today.
      if (changes.name !== undefined) await this.boardGeneration.afterCommitForPeople(manager);
      if (parent !== undefined)
        await this.organisations.movePaths(manager, current.path, `${parent?.path ?? '/'}${id}/`);
      const updated = (await this.organisations.findById(manager, id))!;
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'organisation',
        entityId: id,
        before: snapshot(current),
        after: snapshot(updated),
      });
      return toView(updated);
    });
  }

  /**
   * The organisation, when the actor may read it (404 otherwise) and perform `action` on it (403 otherwise).
   */
  private async authorized(
    manager: EntityManager,
    actor: Actor,
    id: number,
    action: 'organisation.read' | 'organisation.manage',
    lock = false,
  ): Promise<Organisation> {
    const organisation = await this.organisations.findById(manager, id, lock);
    if (!organisation) throw new AppError('not_found');
    this.access.authorize(actor, organisation.path, 'organisation.read', action);
    return organisation;
  }

  /**
   * The parent a move asks for: undefined when the parent does not change, null for "make it a root"
   * (admins only). Organisers may move units only within their subtree, and nothing moves into its own.
   */
  private async newParent(
    manager: EntityManager,
    actor: Actor,
    current: Organisation,
    parentId: number | null | undefined,
  ): Promise<Organisation | null | undefined> {
    if (parentId === undefined || parentId === current.parentId) return undefined;
    // Moving a unit changes its parent's subtree too: the actor must manage where it now sits.
    if (current.parentId !== null)
      await this.authorized(manager, actor, current.parentId, 'organisation.manage');
    else this.access.requireEverywhere(actor, 'organisation.manage');
    if (parentId === null) {
      this.access.requireEverywhere(actor, 'organisation.manage');
      return null;
    }
    const parent = await this.authorized(manager, actor, parentId, 'organisation.manage');
    if (parent.path.startsWith(current.path)) {
      throw invalidField('parentId', {
        vi: 'không được là đơn vị con của chính nó',
        en: 'must not be inside the unit itself',
      });
    }
    return parent;
  }

  private async levelOf(manager: EntityManager, id: number | null): Promise<OrganisationLevel | undefined> {
    return id === null ? undefined : (await this.organisations.findById(manager, id))?.level;
  }
}

function snapshot(organisation: Organisation): Record<string, unknown> {
  const { path: _path, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = organisation;
  return fields;
}

/** A unit sits at its parent's level or below (provincial → district → commune → grassroots). */
function checkLevelUnder(level: OrganisationLevel, parentLevel: OrganisationLevel): void {
  if (ORGANISATION_LEVELS.indexOf(level) < ORGANISATION_LEVELS.indexOf(parentLevel)) {
    throw invalidField('level', {
      vi: 'không được cao hơn cấp của đơn vị cha',
      en: 'must not be above the parent’s level',
    });
  }
}
