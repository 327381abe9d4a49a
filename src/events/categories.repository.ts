import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { groupBy } from '../common/group-by';
import { PageQuery } from '../common/pagination';
import { plainDecimal } from '../competition/round-materials';
import { CategoryView } from './dto/category.dto';
import { RoundView } from './dto/round.dto';
import { Category } from '../competition/entities/category.entity';
import { Event } from '../competition/entities/event.entity';
import { Round } from '../competition/entities/round.entity';

/** Categories and the configuration of their rounds. */
@Injectable()
export class CategoriesRepository {
  async list(manager: EntityManager, eventId: number, page: PageQuery): Promise<[Category[], number]> {
    return manager.findAndCount(Category, {
      where: { eventId },
      order: { code: 'ASC' },
      skip: page.offset,
      take: page.pageSize,
    });
  }

  async codeTaken(manager: EntityManager, eventId: number, code: string): Promise<boolean> {
    return manager.existsBy(Category, { eventId, code });
  }

  async views(manager: EntityManager, event: Event, categories: Category[]): Promise<CategoryView[]> {
    if (categories.length === 0) return [];
    const ids = categories.map((category) => category.id);
    const [counts, rounds] = await Promise.all([
      manager.query<{ category_id: number; entries: string }[]>(
        `SELECT category_id, COUNT(*) AS entries FROM entries WHERE category_id IN (?) AND state = 'active'
          GROUP BY category_id`,
        [ids],
      ),
      manager
        .getRepository(Round)
        .createQueryBuilder('round')
        .select([
          'round.id',
          'round.categoryId',
          'round.position',
          'round.name',
          'round.state',
          'round.publishedVersion',
        ])
        .where('round.categoryId IN (:...ids)', { ids })
        .orderBy('round.position')
        .getMany(),
    ]);
    const entryCount = new Map(counts.map((row) => [row.category_id, Number(row.entries)]));
    const roundsOf = groupBy(rounds, (round) => round.categoryId);
    return categories.map((category) => ({
      id: category.id,
      eventId: category.eventId,
      code: category.code,
      name: category.name,
      disciplineId: category.disciplineId,
      minAge: category.minAge,
      maxAge: category.maxAge,
      ageReferenceDate: category.ageReferenceDate,
      agesOn: category.ageReferenceDate ?? event.startDate,
      format: category.format,
      minMembers: category.minMembers,
      maxMembers: category.maxMembers,
      prizes: category.prizes,
      tiesUseNextPlaces: category.tiesUseNextPlaces,
      entryCount: entryCount.get(category.id) ?? 0,
      rounds: (roundsOf.get(category.id) ?? []).map(({ id, position, name, state, publishedVersion }) => ({
        id,
        position,
        name,
        state,
        publishedVersion,
      })),
      version: category.version,
      createdAt: category.createdAt,
      updatedAt: category.updatedAt,
    }));
  }

  async anyRoundPublished(manager: EntityManager, categoryId: number): Promise<boolean> {
    return manager
      .getRepository(Round)
      .createQueryBuilder('round')
      .where('round.categoryId = :categoryId AND round.publishedVersion > 0', { categoryId })
      .getExists();
  }

  async rounds(manager: EntityManager, categoryId: number): Promise<Round[]> {
    return manager.find(Round, { where: { categoryId }, order: { position: 'ASC' } });
  }

  async lastPosition(manager: EntityManager, categoryId: number): Promise<number> {
    const [{ last }] = await manager.query<{ last: number | null }[]>(
      'SELECT MAX(position) AS last FROM rounds WHERE category_id = ?',
      [categoryId],
    );
    return Number(last ?? 0);
  }

  async roundHasScores(manager: EntityManager, roundId: number): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM scores WHERE round_id = ? LIMIT 1', [roundId]);
    return rows.length > 0;
  }

  roundViews(rounds: Round[], eventId: number, lastPosition: number): RoundView[] {
    return rounds.map((round) => ({
      id: round.id,
      categoryId: round.categoryId,
      eventId,
      position: round.position,
      name: round.name,
      criteria: round.criteria,
      method: round.method,
      basis: round.basis,
      decimals: round.decimals,
      tieBreaks: round.tieBreaks,
      spreadLimit: round.spreadLimit === null ? null : plainDecimal(round.spreadLimit),
      advancement: round.advancement,
      standingWeight: round.standingWeight === null ? null : plainDecimal(round.standingWeight),
      awardsPrizes: round.position === lastPosition,
      state: round.state,
      lockedAt: round.lockedAt,
      lockedBy: round.lockedBy,
      publishedVersion: round.publishedVersion,
      changedSincePublication: round.changedSincePublication,
      version: round.version,
      createdAt: round.createdAt,
      updatedAt: round.updatedAt,
    }));
  }
}
