import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, invalidField } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { changedFields } from '../common/changed-fields';
import { Page, pageOf } from '../common/pagination';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import {
  CreateDisciplineDto,
  DISCIPLINE_CODE_MAX_LENGTH,
  DisciplineDetail,
  DisciplineQuery,
  DisciplineView,
  UpdateDisciplineDto,
} from './dto/discipline.dto';
import { Discipline, DisciplineKind } from './entities/discipline.entity';
import { DisciplinesRepository, toView } from './disciplines.repository';

/**
 * Fields (music, sports…) and the disciplines within them, with stable codes. Everyone signed in reads them;
 * admins add, rename and (de)activate them. Other features name them by id, or by code in imports.
 */
@Injectable()
export class DisciplinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly disciplines: DisciplinesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(query: DisciplineQuery): Promise<Page<DisciplineView>> {
    const { items, total } = await this.disciplines.list(query);
    return pageOf(items, total, query);
  }

  async get(id: number): Promise<DisciplineDetail> {
    const discipline = await this.disciplines.findById(this.dataSource.manager, id);
    if (!discipline) throw new AppError('not_found');
    return this.detail(this.dataSource.manager, discipline);
  }

  /** 404 unless every id names a field or discipline: for other features' records that name some. */
  async requireExisting(manager: EntityManager, ids: number[]): Promise<void> {
    const unique = [...new Set(ids)];
    const existing = await this.disciplines.existingIds(manager, unique);
    if (unique.some((id) => !existing.has(id))) throw new AppError('not_found');
  }

  /**
   * The ids of the fields and disciplines with these codes (compared case-insensitively), keyed by their
   * stored, upper-case code; unknown codes are absent from the map.
   */
  async idsByCode(manager: EntityManager, codes: string[]): Promise<Map<string, number>> {
    return this.disciplines.idsByCode(manager, [...new Set(codes.map((code) => code.toUpperCase()))]);
  }

  async create(actor: Actor, input: CreateDisciplineDto): Promise<DisciplineDetail> {
    this.access.requireEverywhere(actor, 'discipline.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const parent = input.parentId ? await this.disciplines.findById(manager, input.parentId) : null;
      if (input.parentId && !parent) throw new AppError('not_found');
      const kind: DisciplineKind = input.kind ?? (parent ? 'discipline' : 'field');
      checkShape(kind, parent);
      const code = storedCode(input.code, parent);
      if (await this.disciplines.codeExists(manager, code)) {
        throw new AppError('conflict', { detail: CODE_TAKEN, params: { code } });
      }

      let discipline: Discipline;
      try {
        discipline = await manager.save(
          manager.create(Discipline, {
            parentId: parent?.id ?? null,
            code,
            name: input.name,
            kind,
            active: input.active ?? true,
          }),
        );
      } catch (error) {
        // Another request took the code since the check above.
        if ((error as { driverError?: { code?: string } }).driverError?.code === 'ER_DUP_ENTRY')
          throw new AppError('conflict', { detail: CODE_TAKEN, params: { code }, cause: error });
        throw error;
      }
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'discipline',
        entityId: discipline.id,
        after: { ...toView(discipline) },
      });
      return this.detail(manager, discipline);
    });
  }

  async update(actor: Actor, id: number, input: UpdateDisciplineDto): Promise<DisciplineDetail> {
    this.access.requireEverywhere(actor, 'discipline.manage');
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.disciplines.findById(manager, id, true);
      if (!current) throw new AppError('not_found');
      if (input.version !== undefined && input.version !== current.version) throw new AppError('conflict');
      const { version: _version, ...fields } = input;
      const changes = changedFields<Discipline>(current, fields);
      if (Object.keys(changes).length === 0) return this.detail(manager, current);

      await updateVersioned(manager, Discipline, id, current.version, changes);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'discipline',
        entityId: id,
        before: { ...toView(current) },
        after: { ...changes },
      });
      return this.detail(manager, (await this.disciplines.findById(manager, id))!);
    });
  }

  private async detail(manager: EntityManager, discipline: Discipline): Promise<DisciplineDetail> {
    const children =
      discipline.kind === 'field' ? await this.disciplines.children(manager, discipline.id) : [];
    return { ...toView(discipline), children };
  }
}

const CODE_TAKEN: LocalisedText = {
  vi: 'Mã {code} đã được dùng cho một lĩnh vực hoặc bộ môn khác.',
  en: 'The code {code} is already used by another field or discipline.',
};

/** A field stands alone; a discipline belongs to a field. */
function checkShape(kind: DisciplineKind, parent: Discipline | null): void {
  if (kind === 'field' && parent) {
    throw invalidField('parentId', {
      vi: 'phải để trống: lĩnh vực không thuộc đơn vị nào',
      en: 'must be empty: a field has no parent',
    });
  }
  if (kind === 'discipline' && parent?.kind !== 'field') {
    throw invalidField('parentId', {
      vi: 'phải là một lĩnh vực (bộ môn thuộc một lĩnh vực)',
      en: 'must be a field (a discipline belongs to one)',
    });
  }
}

/** A field's code as given; a discipline's prefixed with its field's (PIANO under MUSIC: MUSIC.PIANO). */
function storedCode(code: string, parent: Discipline | null): string {
  if (!parent) {
    if (code.includes('.')) {
      throw invalidField('code', {
        vi: 'của lĩnh vực không được chứa dấu chấm',
        en: 'of a field must not contain a dot',
      });
    }
    return code;
  }
  const full = code.includes('.') ? code : `${parent.code}.${code}`;
  if (!full.startsWith(`${parent.code}.`)) {
    throw invalidField('code', {
      vi: `phải bắt đầu bằng mã của lĩnh vực (${parent.code}.)`,
      en: `must start with the field’s code (${parent.code}.)`,
    });
  }
  if (full.length > DISCIPLINE_CODE_MAX_LENGTH) {
    throw invalidField('code', {
      vi: `cùng mã lĩnh vực không được dài quá ${DISCIPLINE_CODE_MAX_LENGTH} ký tự`,
      en: `with the field’s code must not be longer than ${DISCIPLINE_CODE_MAX_LENGTH} characters`,
    });
  }
  return full;
}
