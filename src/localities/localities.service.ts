import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, invalidField } from '../common/errors/app-error';
import { changedFields } from '../common/changed-fields';
import { Page, pageOf } from '../common/pagination';
import { checkPeriod } from '../common/validation/period';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import {
  CreateLocalityDto,
  LocalityDetail,
  LocalityQuery,
  LocalityView,
  UpdateLocalityDto,
} from './dto/locality.dto';
import { Locality, LocalityKind, LocalityLevel } from './entities/locality.entity';
import { LocalitiesRepository, toLinks, toView } from './localities.repository';
import { localityNotInForce } from './locality-validity';

const KINDS_OF_LEVEL: Record<LocalityLevel, readonly LocalityKind[]> = {
  province: ['province'],
  district: ['city', 'town', 'district'],
  commune: ['ward', 'commune', 'township', 'special_zone'],
};
const LEVEL_ORDER: readonly LocalityLevel[] = ['province', 'district', 'commune'];

/**
 * Administrative units over time. Everyone signed in reads them; admins create units and close them (with
 * their successors). A unit something refers to is closed, never deleted.
 */
@Injectable()
export class LocalitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly localities: LocalitiesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(query: LocalityQuery): Promise<Page<LocalityView>> {
    const { items, total } = await this.localities.list(query);
    return pageOf(items, total, query);
  }

  async get(id: number): Promise<LocalityDetail> {
    const locality = await this.localities.findById(this.dataSource.manager, id);
    if (!locality) throw new AppError('not_found');
    return this.detail(this.dataSource.manager, locality);
  }

  /** 404 unless the locality exists: for other features' records that name one. */
  async requireExisting(manager: EntityManager, id: number): Promise<void> {
    if (!(await this.localities.findById(manager, id))) throw new AppError('not_found');
  }

  /**
   * For a record that names the locality and takes effect on `on` (YYYY-MM-DD): 404 unless it exists, and a
   * 400 on `path` when it was not in force that day, naming the units that replaced it.
   */
  async requireInForce(manager: EntityManager, id: number, on: string, path: string): Promise<void> {
    const locality = await this.localities.findById(manager, id);
    if (!locality) throw new AppError('not_found');
    const successors =
      locality.validTo !== null && locality.validTo < on
        ? await this.localities.linked(manager, id, 'successors')
        : [];
    const problem = localityNotInForce(locality, on, successors);
    if (problem) throw invalidField(path, problem);
  }

  async create(actor: Actor, input: CreateLocalityDto): Promise<LocalityDetail> {
    this.access.requireEverywhere(actor, 'locality.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const parent = input.parentId ? await this.localities.findById(manager, input.parentId) : null;
      if (input.parentId && !parent) throw new AppError('not_found');
      checkShape(input.level, input.kind, parent);
      checkPeriod(input.validFrom, input.validTo);
      await this.refuseCodeInUse(manager, input.code, input.validFrom ?? null, input.validTo ?? null);
      const predecessors = toLinks(input.predecessors);
      await this.requireAll(
        manager,
        predecessors.map((link) => link.id),
      );

      const locality = await manager.save(
        manager.create(Locality, {
          parentId: parent?.id ?? null,
          level: input.level,
          kind: input.kind,
          code: input.code,
          name: input.name,
          fullName: input.fullName ?? input.name,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
        }),
      );
      await this.localities.link(
        manager,
        predecessors.map((link) => ({
          predecessorId: link.id,
          successorId: locality.id,
          partial: link.partial,
        })),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'locality',
        entityId: locality.id,
        after: { ...toView(locality), predecessors },
      });
      return this.detail(manager, locality);
    });
  }

  async update(actor: Actor, id: number, input: UpdateLocalityDto): Promise<LocalityDetail> {
    this.access.requireEverywhere(actor, 'locality.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.localities.findById(manager, id, true);
      if (!current) throw new AppError('not_found');
      if (input.version !== undefined && input.version !== current.version) throw new AppError('conflict');
      const { successors: successorLinks, version: _version, ...fields } = input;
      const changes = changedFields(current, fields as Partial<Locality>);
      if (Object.keys(changes).length === 0 && !successorLinks) return this.detail(manager, current);
      const next = { ...current, ...changes };
      const parent = current.parentId ? await this.localities.findById(manager, current.parentId) : null;
      checkShape(next.level, next.kind, parent);
      checkPeriod(next.validFrom, next.validTo);
      if (changes.code !== undefined || changes.validFrom !== undefined || changes.validTo !== undefined)
        await this.refuseCodeInUse(manager, next.code, next.validFrom, next.validTo, id);

      if (Object.keys(changes).length > 0)
        await updateVersioned(manager, Locality, id, current.version, changes);
      const before: Record<string, unknown> = { ...toView(current) };
      const after: Record<string, unknown> = { ...changes };
      if (successorLinks) {
        const successors = toLinks(successorLinks);
        if (successors.some((link) => link.id === id)) {
          throw invalidField('successors', {
            vi: 'không được chứa chính đơn vị này',
            en: 'must not include the unit itself',
          });
        }
        await this.requireAll(
          manager,
          successors.map((link) => link.id),
        );
        before.successors = await this.localities.linked(manager, id, 'successors');
        await this.localities.unlinkSuccessors(manager, id);
        await this.localities.link(
          manager,
          successors.map((link) => ({ predecessorId: id, successorId: link.id, partial: link.partial })),
        );
        after.successors = successors;
      }
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'locality',
        entityId: id,
        before,
        after,
      });
      return this.detail(manager, (await this.localities.findById(manager, id))!);
    });
  }

  /** An official code names one unit at a time: 400 naming `code` when another unit holds it meanwhile. */
  private async refuseCodeInUse(
    manager: EntityManager,
    code: string,
    validFrom: string | null,
    validTo: string | null,
    exceptId?: number,
  ): Promise<void> {
    const holder = await this.localities.overlappingCode(manager, code, validFrom, validTo, exceptId);
    if (holder === undefined) return;
    throw invalidField('code', {
      vi: `đã là mã của một đơn vị khác (mã số ${holder}) trong cùng thời gian hiệu lực`,
      en: `is already the code of another unit (id ${holder}) valid at the same time`,
    });
  }

  /** Deletes a unit created by mistake; one that anything refers to answers 409 (close it instead). */
  async delete(actor: Actor, id: number): Promise<void> {
    this.access.requireEverywhere(actor, 'locality.manage');
    await inTransaction(this.dataSource, async (manager) => {
      const current = await this.localities.findById(manager, id, true);
      if (!current) throw new AppError('not_found');
      if (!(await this.localities.deleteUnreferenced(manager, id))) {
        throw new AppError('conflict', {
          detail: {
            vi: 'Đơn vị hành chính đang được sử dụng nên không thể xóa; hãy đóng nó (validTo) thay vì xóa.',
            en: 'The unit is referred to and cannot be deleted; close it (validTo) instead.',
          },
        });
      }
      await this.audit.record(manager, actor, {
        action: 'delete',
        entityType: 'locality',
        entityId: id,
        before: { ...toView(current) },
      });
    });
  }

  private async detail(manager: EntityManager, locality: Locality): Promise<LocalityDetail> {
    const [predecessors, successors] = await Promise.all([
      this.localities.linked(manager, locality.id, 'predecessors'),
      this.localities.linked(manager, locality.id, 'successors'),
    ]);
    return { ...toView(locality), predecessors, successors };
  }

  private async requireAll(manager: EntityManager, ids: number[]): Promise<void> {
    const existing = await this.localities.existingIds(manager, ids);
    if (ids.some((id) => !existing.has(id))) throw new AppError('not_found');
  }
}

/** A kind belongs to its level, and a unit sits under a unit of a higher level (a province under none). */
function checkShape(level: LocalityLevel, kind: LocalityKind, parent: Locality | null): void {
  if (!KINDS_OF_LEVEL[level].includes(kind)) {
    throw invalidField('kind', {
      vi: `phải là một trong các giá trị: ${KINDS_OF_LEVEL[level].join(', ')}`,
      en: `must be one of: ${KINDS_OF_LEVEL[level].join(', ')}`,
    });
  }
  const valid =
    level === 'province'
      ? parent === null
      : parent !== null && LEVEL_ORDER.indexOf(parent.level) < LEVEL_ORDER.indexOf(level);
  if (!valid) {
    throw invalidField('parentId', {
      vi: 'phải là một đơn vị cấp cao hơn (tỉnh không có đơn vị cha)',
      en: 'must be a unit of a higher level (a province has none)',
    });
  }
}
