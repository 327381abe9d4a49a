import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { changedFields } from '../common/changed-fields';
import { AppError, FieldError, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf, PageQuery } from '../common/pagination';
import { CompetitionAccess } from '../competition/competition-access';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { PrizeRule } from '../scoring/engine';
import { CategoriesRepository } from './categories.repository';
import { CategoryView, CreateCategoryDto, PrizeRuleDto, UpdateCategoryDto } from './dto/category.dto';
import { Category } from '../competition/entities/category.entity';
import { Event } from '../competition/entities/event.entity';
import { ARCHIVED, stateError } from './events.service';
import { CATEGORY_EDITABLE } from './event-states';
import { existingIds } from './events.repository';
import { roundRuleErrors } from './round-rules';

/** The default team size bounds: a duo at least, a large choir at most. */
const TEAM_MEMBERS = { min: 2, max: 30 };

/** Categories of an event: who may enter (discipline, ages, individual or team) and the prizes. */
@Injectable()
export class CategoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesRepository,
    private readonly competition: CompetitionAccess,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, eventId: number, query: PageQuery): Promise<Page<CategoryView>> {
    const manager = this.dataSource.manager;
    const { event } = await this.competition.event(manager, actor, eventId, 'read');
    const [categories, total] = await this.categories.list(manager, eventId, query);
    return pageOf(await this.categories.views(manager, event, categories), total, query);
  }

  async get(actor: Actor, id: number): Promise<CategoryView> {
    const manager = this.dataSource.manager;
    const { event, category } = await this.competition.category(manager, actor, id, 'read');
    const [view] = await this.categories.views(manager, event, [category]);
    return view;
  }

  async create(actor: Actor, eventId: number, input: CreateCategoryDto): Promise<CategoryView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { event } = await this.competition.event(manager, actor, eventId, 'manage', 'update');
      if (!CATEGORY_EDITABLE.includes(event.state)) throw stateError(CATEGORIES_CLOSED);
      const team = input.format === 'team';
      const fields = {
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        minMembers: team ? (input.minMembers ?? TEAM_MEMBERS.min) : 1,
        maxMembers: team ? (input.maxMembers ?? Math.max(TEAM_MEMBERS.max, input.minMembers ?? 0)) : 1,
        prizes: prizeRules(input.prizes),
      };
      const errors = [
        ...(!team && (input.minMembers ?? 1) !== 1 ? [INDIVIDUAL_SIZE('minMembers')] : []),
        ...(!team && (input.maxMembers ?? 1) !== 1 ? [INDIVIDUAL_SIZE('maxMembers')] : []),
        ...this.problems(event, fields),
      ];
      if (!(await existingIds(manager, 'disciplines', [input.disciplineId])).has(input.disciplineId))
        errors.push({ path: 'disciplineId', message: DOES_NOT_EXIST });
      if (errors.length > 0) throw invalidFields(errors);
      if (await this.categories.codeTaken(manager, eventId, input.code)) {
        throw new AppError('conflict', {
          detail: {
            vi: `Sự kiện đã có nội dung thi mã ${input.code}.`,
            en: `The event already has a category coded ${input.code}.`,
          },
        });
      }
      const category = await manager.save(
        manager.create(Category, {
          eventId,
          code: input.code,
          name: input.name,
          disciplineId: input.disciplineId,
          ageReferenceDate: input.ageReferenceDate ?? null,
          format: input.format,
          tiesUseNextPlaces: input.tiesUseNextPlaces ?? false,
          ...fields,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'category',
        entityId: category.id,
        after: { ...category },
      });
      const [view] = await this.categories.views(manager, event, [category]);
      return view;
    });
  }

  async update(actor: Actor, id: number, input: UpdateCategoryDto): Promise<CategoryView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { event, category } = await this.competition.category(manager, actor, id, 'manage', 'update');
      if (input.version !== undefined && input.version !== category.version) throw new AppError('conflict');
      if (event.state === 'archived') throw stateError(ARCHIVED);
      const { version: _version, prizes, ...fields } = input;
      const changes = changedFields<Category>(category, fields);
      const prizesChange =
        prizes !== undefined && JSON.stringify(prizeRules(prizes)) !== JSON.stringify(category.prizes);
      if (prizesChange) changes.prizes = prizeRules(prizes);
      if (Object.keys(changes).length === 0) {
        const [unchanged] = await this.categories.views(manager, event, [category]);
        return unchanged;
      }
      // The prize structure (its rules and how ties share places) may change until results are published.
      const prizeStructure = ['prizes', 'tiesUseNextPlaces'];
      const eligibilityChange = Object.keys(changes).some(
        (key) => key !== 'name' && !prizeStructure.includes(key),
      );
      if (eligibilityChange && !CATEGORY_EDITABLE.includes(event.state)) throw stateError(CATEGORIES_CLOSED);
      const structureChange = Object.keys(changes).some((key) => prizeStructure.includes(key));
      if (structureChange && (await this.categories.anyRoundPublished(manager, id))) {
        throw stateError({
          vi: 'Kết quả đã công bố nên không thể đổi cơ cấu giải.',
          en: 'Results have been published, so the prizes cannot change.',
        });
      }
      const next = { ...category, ...changes };
      const errors = [
        ...(category.format === 'individual' && (next.minMembers !== 1 || next.maxMembers !== 1)
          ? [INDIVIDUAL_SIZE(changes.minMembers !== undefined ? 'minMembers' : 'maxMembers')]
          : []),
        ...this.problems(event, next),
      ];
      if (
        changes.disciplineId !== undefined &&
        !(await existingIds(manager, 'disciplines', [changes.disciplineId])).has(changes.disciplineId)
      )
        errors.push({ path: 'disciplineId', message: DOES_NOT_EXIST });
      if (errors.length > 0) throw invalidFields(errors);
      await updateVersioned(manager, Category, id, category.version, changes);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'category',
        entityId: id,
        before: { ...category },
        after: changes,
      });
      const [view] = await this.categories.views(manager, event, [
        await manager.findOneByOrFail(Category, { id }),
      ]);
      return view;
    });
  }

  /** Age band, team size and prize rules that cannot work. */
  private problems(
    event: Event,
    fields: Pick<Category, 'minAge' | 'maxAge' | 'minMembers' | 'maxMembers' | 'prizes'>,
  ): FieldError[] {
    const errors: FieldError[] = [];
    if (fields.minAge !== null && fields.maxAge !== null && fields.maxAge < fields.minAge)
      errors.push({
        path: 'maxAge',
        message: { vi: 'không được nhỏ hơn minAge', en: 'must not be below minAge' },
      });
    if (fields.maxMembers < fields.minMembers)
      errors.push({
        path: 'maxMembers',
        message: { vi: 'không được nhỏ hơn minMembers', en: 'must not be below minMembers' },
      });
    if (event.kind === 'playground' && fields.prizes.length > 0)
      errors.push({
        path: 'prizes',
        message: { vi: 'sân chơi không trao giải', en: 'a playground gives no prizes' },
      });
    // The prizes are checked by the engine itself, against a minimal rubric.
    const minimal = { code: 'c', name: 'c', min: '0', max: '1', step: '1', weight: '1' };
    errors.push(
      ...roundRuleErrors(
        {
          criteria: [minimal],
          method: { kind: 'mean' },
          basis: 'totals',
          decimals: 2,
          tieBreaks: [],
          spreadLimit: null,
          advancement: null,
        },
        fields.prizes,
      ),
    );
    return errors;
  }
}

/** Prize rules as the engine takes them, without the keys left out. */
export function prizeRules(prizes: PrizeRuleDto[] | undefined): PrizeRule[] {
  return (prizes ?? []).map(({ prize, count, minScore }) => ({
    prize,
    ...(count !== undefined ? { count } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
  }));
}

const DOES_NOT_EXIST: LocalisedText = { vi: 'không tồn tại', en: 'does not exist' };
const CATEGORIES_CLOSED: LocalisedText = {
  vi: 'Chỉ thay đổi được nội dung thi khi sự kiện còn là bản nháp hoặc đang nhận đăng ký.',
  en: 'Categories can change only while the event is a draft or open for entries.',
};
const INDIVIDUAL_SIZE = (path: string): FieldError => ({
  path,
  message: { vi: 'nội dung cá nhân chỉ có 1 người', en: 'an individual category has exactly 1 member' },
});
