import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, invalidFields } from '../common/errors/app-error';
import { LocalisedText } from '../common/errors/language';
import { Page, pageOf, PageQuery } from '../common/pagination';
import { CompetitionAccess } from '../competition/competition-access';
import { plainDecimal } from '../competition/round-materials';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { isRankedMethod, RoundMethod } from '../scoring/engine';
import { CategoriesRepository } from './categories.repository';
import { CreateRoundDto, MethodDto, RoundRulesDto, RoundView, UpdateRoundDto } from './dto/round.dto';
import { Round } from '../competition/entities/round.entity';
import { ARCHIVED, stateError } from './events.service';
import { ROUND_EDITABLE } from './event-states';
import { danceColumns, roundRuleErrors, RoundRules, rubric, rubricShapeErrors } from './round-rules';

/**
 * The rounds of a category and their rules: rubric, aggregation, rounding, tie-breaks, disagreement limit,
 * advancement. The rules are checked by the engine when set, so a round that is set up can always be computed.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesRepository,
    private readonly competition: CompetitionAccess,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, categoryId: number, query: PageQuery): Promise<Page<RoundView>> {
    const manager = this.dataSource.manager;
    const { event } = await this.competition.category(manager, actor, categoryId, 'read');
    const rounds = await this.categories.rounds(manager, categoryId);
    const views = this.categories.roundViews(rounds, event.id, rounds.at(-1)?.position ?? 0);
    return pageOf(views.slice(query.offset, query.offset + query.pageSize), views.length, query);
  }

  async get(actor: Actor, id: number): Promise<RoundView> {
    const manager = this.dataSource.manager;
    const { event, round } = await this.competition.round(manager, actor, id, 'read');
    return this.view(manager, round, event.id);
  }

  /** Adds the category's next round (its position follows the last one). */
  async create(actor: Actor, categoryId: number, input: CreateRoundDto): Promise<RoundView> {
    return inTransaction(this.dataSource, async (manager) => {
      // Locking the category makes two rounds created at once take consecutive positions.
      const { event, category } = await this.competition.category(
        manager,
        actor,
        categoryId,
        'manage',
        'update',
      );
      if (!ROUND_EDITABLE.includes(event.state)) throw stateError(ROUNDS_CLOSED);
      const last = (await this.categories.rounds(manager, categoryId)).at(-1);
      if (last && last.publishedVersion > 0 && category.prizes.length > 0) {
        // The category's last round awards its prizes: a round after it would take published prizes away.
        throw stateError({
          vi: `Vòng "${last.name}" đã công bố kết quả và giải thưởng, không thể thêm vòng sau nó.`,
          en: `Round "${last.name}" has published results with prizes, so no round can follow it.`,
        });
      }
      const rules = rulesFrom(input, DEFAULT_RULES);
      const errors = [
        ...rubricShapeErrors(input, rules.method),
        ...roundRuleErrors(rules, category.prizes, 'category.prizes'),
      ];
      if (errors.length > 0) throw invalidFields(errors);
      const round = await manager.save(
        manager.create(Round, {
          categoryId,
          position: (last?.position ?? 0) + 1,
          name: input.name,
          ...rules,
          standingWeight: input.standingWeight ?? null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'round',
        entityId: round.id,
        after: { ...round },
      });
      return this.view(manager, round, event.id);
    });
  }

  /**
   * Changes a round's rules. The rubric is fixed once a score is entered against it; the other rules until
   * the round is locked (a correction after that goes through the corrections route).
   */
  async update(actor: Actor, id: number, input: UpdateRoundDto): Promise<RoundView> {
    return inTransaction(this.dataSource, async (manager) => {
      const { event, round, category } = await this.competition.round(manager, actor, id, 'manage', 'update');
      if (input.version !== undefined && input.version !== round.version) throw new AppError('conflict');
      if (event.state === 'archived') throw stateError(ARCHIVED);
      const current: RoundRules = pick(round);
      const next = rulesFrom(input, current);
      const changes: Partial<Round> = {};
      for (const key of Object.keys(next) as (keyof RoundRules)[]) {
        if (JSON.stringify(next[key]) !== JSON.stringify(current[key]))
          Object.assign(changes, { [key]: next[key] });
      }
      if (input.name !== undefined && input.name !== round.name) changes.name = input.name;
      if (
        input.standingWeight !== undefined &&
        (input.standingWeight ?? null) !== plainOrNull(round.standingWeight)
      )
        changes.standingWeight = input.standingWeight ?? null;
      if (Object.keys(changes).length === 0) return this.view(manager, round, event.id);

      const rulesChange = Object.keys(changes).some((key) => key !== 'name' && key !== 'standingWeight');
      if (rulesChange) await this.checkRulesEditable(manager, round, changes);
      const errors = [
        ...rubricShapeErrors(input, next.method, current.method),
        ...roundRuleErrors(next, category.prizes, 'category.prizes'),
      ];
      if (errors.length > 0) throw invalidFields(errors);
      await updateVersioned(manager, Round, id, round.version, changes);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'round',
        entityId: id,
        before: { ...round },
        after: changes,
      });
      return this.view(manager, await manager.findOneByOrFail(Round, { id }), event.id);
    });
  }

  private async checkRulesEditable(
    manager: EntityManager,
    round: Round,
    changes: Partial<Round>,
  ): Promise<void> {
    if (round.state === 'locked' || round.publishedVersion > 0) {
      throw stateError({
        vi: 'Vòng thi đã khóa hoặc đã công bố kết quả nên không thể đổi quy tắc tính điểm.',
        en: 'The round is locked or published, so its rules cannot change.',
      });
    }
    if (changes.criteria !== undefined && (await this.categories.roundHasScores(manager, round.id))) {
      throw stateError({
        vi: 'Giám khảo đã chấm theo thang điểm này nên không thể đổi tiêu chí.',
        en: 'Judges have scored against this rubric, so its criteria cannot change.',
      });
    }
  }

  private async view(manager: EntityManager, round: Round, eventId: number): Promise<RoundView> {
    const [view] = this.categories.roundViews(
      [round],
      eventId,
      await this.categories.lastPosition(manager, round.categoryId),
    );
    return view;
  }
}

const DEFAULT_RULES: Omit<RoundRules, 'criteria'> = {
  method: { kind: 'mean' },
  basis: 'totals',
  decimals: 2,
  tieBreaks: [],
  spreadLimit: null,
  advancement: null,
};

/** The rules as stored: what the request sets over `base`, with defaults and without keys left out. */
function rulesFrom(
  input: RoundRulesDto & { criteria?: CreateRoundDto['criteria']; dances?: CreateRoundDto['dances'] },
  base: Omit<RoundRules, 'criteria'> & { criteria?: RoundRules['criteria'] },
): RoundRules {
  const nextMethod = input.method ? method(input.method) : base.method;
  const criteria = input.dances
    ? danceColumns(input.dances, nextMethod)
    : input.criteria
      ? rubric(input.criteria)
      : (base.criteria ?? []);
  return {
    criteria: isRankedMethod(nextMethod) && !input.criteria ? danceColumns(criteria, nextMethod) : criteria,
    method: nextMethod,
    basis: input.basis ?? base.basis,
    decimals: input.decimals ?? base.decimals,
    tieBreaks: input.tieBreaks
      ? input.tieBreaks.map((tieBreak) =>
          tieBreak.kind === 'criterion'
            ? { kind: 'criterion', criterion: tieBreak.criterion! }
            : { kind: tieBreak.kind },
        )
      : base.tieBreaks,
    spreadLimit: input.spreadLimit !== undefined ? input.spreadLimit : plainOrNull(base.spreadLimit),
    advancement:
      input.advancement !== undefined
        ? input.advancement && {
            ...(input.advancement.top !== undefined ? { top: input.advancement.top } : {}),
            ...(input.advancement.minScore !== undefined ? { minScore: input.advancement.minScore } : {}),
          }
        : base.advancement,
  };
}

/** Vietnamese contests drop one highest and one lowest mark from five judges up. */
function method(input: MethodDto): RoundMethod {
  switch (input.kind) {
    case 'trimmed_mean':
      return { kind: 'trimmed_mean', trim: input.trim ?? 1, minPanel: input.minPanel ?? 5 };
    case 'recall':
      return { kind: 'recall', recall: input.recall! };
    default:
      return { kind: input.kind };
  }
}

function pick(round: Round): RoundRules {
  const { criteria, method, basis, decimals, tieBreaks, spreadLimit, advancement } = round;
  return { criteria, method, basis, decimals, tieBreaks, spreadLimit: plainOrNull(spreadLimit), advancement };
}

function plainOrNull(value: string | null): string | null {
  return value === null ? null : plainDecimal(value);
}

const ROUNDS_CLOSED: LocalisedText = {
  vi: 'Không thể thêm vòng thi khi kết quả đã công bố hoặc sự kiện đã lưu trữ.',
  en: 'Rounds cannot be added once results are published or the event is archived.',
};
