import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError } from '../common/errors/app-error';

/**
 * Updates a row only if it still has `version` (the entity's @VersionColumn, which the update increments),
 * so two people editing the same record cannot overwrite each other: the later one gets 409.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(changes)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw new AppError('conflict');
}
